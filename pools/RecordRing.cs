namespace Keel.Pools
{
    /// <summary>A queue of fixed-size records kept in the caller's own arrays, for one producer and one consumer.</summary>
    /// <remarks>
    /// The ring hands out positions; the caller keeps the record fields in arrays of length
    /// Capacity (structure of arrays: pins in an int[], levels in a byte[], times in a long[]).
    /// Producer: <see cref="BeginWrite"/>, fill the arrays at that position, <see cref="CommitWrite"/>.
    /// Consumer: <see cref="BeginRead"/>, copy the fields out, <see cref="EndRead"/>; under
    /// OverwriteOldest a false from EndRead means the producer overwrote the record while it was
    /// being copied, so the copy is discarded. Capacity is a power of two.
    /// </remarks>
    public class RecordRing : IPoolDiagnostics
    {
        private readonly string _name;
        private readonly RingIndex _index;
        private readonly int _recordBytes;
        private bool _writeOpen;
        private bool _readOpen;
        private int _readHead;

        /// <param name="name">Unique name for the memory map and the console.</param>
        /// <param name="capacity">Records it holds: a power of two (a const of the board config).</param>
        /// <param name="recordBytes">Bytes one record takes across the caller's arrays, for the memory map.</param>
        /// <param name="policy">What a write into a full ring does.</param>
        public RecordRing(string name, int capacity, int recordBytes, OverflowPolicy policy)
        {
            _index = new RingIndex(name, capacity, policy);
            if (recordBytes < 1)
            {
                throw new System.ArgumentOutOfRangeException("recordBytes", "Record ring '" + name + "' declares "
                    + recordBytes + " bytes per record; declare what one record takes in the caller's arrays (1 or more).");
            }

            _name = name;
            _recordBytes = recordBytes;
        }

        public string Name
        {
            get { return _name; }
        }

        public string Kind
        {
            get { return "record ring"; }
        }

        public int Capacity
        {
            get { return _index.Capacity; }
        }

        public int ItemBytes
        {
            get { return _recordBytes; }
        }

        public int StorageBytes
        {
            get { return _index.Capacity * _recordBytes; }
        }

        /// <summary>The ring keeps no per-record bookkeeping: two counters, two caches.</summary>
        public int MetadataBytes
        {
            get { return 0; }
        }

        public OverflowPolicy Policy
        {
            get { return _index.Policy; }
        }

        /// <summary>Records queued now.</summary>
        public int Count
        {
            get { return _index.Count; }
        }

        public int InUse
        {
            get { return _index.Count; }
        }

        public int HighWater
        {
            get { return _index.HighWater; }
        }

        /// <summary>Records lost: rejected plus overwritten.</summary>
        public int Failures
        {
            get { return _index.Rejected + _index.Overwritten; }
        }

        /// <summary>Calls out of order: commit without begin, begin twice, end without begin.</summary>
        public int Faults
        {
            get { return _index.Misuses; }
        }

        /// <summary>Items that ever entered the ring.</summary>
        public int TotalWritten
        {
            get { return _index.Written; }
        }

        /// <summary>Items that were ever read intact.</summary>
        public int TotalRead
        {
            get { return _index.Read; }
        }

        public int Rejected
        {
            get { return _index.Rejected; }
        }

        public int Overwritten
        {
            get { return _index.Overwritten; }
        }

        /// <summary>
        /// Producer: the position to fill, or -1 when the ring is full and refuses new records
        /// (counted). Under OverwriteOldest the oldest record is dropped (counted) to make room.
        /// </summary>
        public int BeginWrite()
        {
            if (_writeOpen)
            {
                _index.CountMisuse();
                return -1;
            }

            if (_index.ReserveForWrite(1) == 0)
            {
                return -1;
            }

            _writeOpen = true;
            return _index.WritePosition;
        }

        /// <summary>Producer: makes the record filled since <see cref="BeginWrite"/> visible to the consumer.</summary>
        public void CommitWrite()
        {
            if (!_writeOpen)
            {
                _index.CountMisuse();
                return;
            }

            _writeOpen = false;
            _index.PublishWrite(1);
        }

        /// <summary>Consumer: the position of the oldest record, or -1 when the ring is empty.</summary>
        public int BeginRead()
        {
            if (_readOpen)
            {
                _index.CountMisuse();
                return -1;
            }

            int head;
            if (_index.BeginRead(1, out head) == 0)
            {
                return -1;
            }

            _readOpen = true;
            _readHead = head;
            return _index.PositionOf(head);
        }

        /// <summary>
        /// Consumer: takes the record opened by <see cref="BeginRead"/> off the ring. True when the
        /// copy is good; false when the producer overwrote it meanwhile (discard the copy; the loss
        /// is already counted as overwritten).
        /// </summary>
        public bool EndRead()
        {
            if (!_readOpen)
            {
                _index.CountMisuse();
                return false;
            }

            _readOpen = false;
            return _index.EndRead(_readHead, 1);
        }

        public void ResetStatistics()
        {
            _index.ResetStatistics();
        }

        public IntegrityResult CheckIntegrity()
        {
            return _index.CheckIntegrity();
        }
    }
}
