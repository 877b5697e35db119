using System;

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
    public class RecordRing : Ring
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string KindName = "record ring";

        // The consumer's state in one field, so that the common case of BeginRead and EndRead is
        // one comparison: ReadOpen between BeginRead and EndRead, Overwriting under OverwriteOldest.
        private const int ReadClosed = 0;
        private const int ReadOpen = 1;
        private const int Overwriting = 2;

        private readonly int _recordBytes;
        // An int, not a bool: on the interpreter a bool field costs a conversion on every load and store.
        private int _writeOpen;
        private int _readState;

        /// <param name="name">Unique name for the memory map and the console.</param>
        /// <param name="capacity">Records it holds: a power of two (a const of the board config).</param>
        /// <param name="recordBytes">Bytes one record takes across the caller's arrays, for the memory map.</param>
        /// <param name="policy">What a write into a full ring does.</param>
        public RecordRing(string name, int capacity, int recordBytes, OverflowPolicy policy)
            : base(name, capacity, policy)
        {
            if (recordBytes < 1 || (long)recordBytes * capacity > int.MaxValue)
            {
                throw new ArgumentOutOfRangeException("recordBytes", "Record ring '" + name + "' declares "
                    + recordBytes + " bytes per record; declare what one record takes in the caller's arrays (1 or more, under 2 GB in all).");
            }

            _recordBytes = recordBytes;
            _readState = policy == OverflowPolicy.OverwriteOldest ? Overwriting : ReadClosed;
        }

        public override string Kind
        {
            get { return KindName; }
        }

        public override int ItemBytes
        {
            get { return _recordBytes; }
        }

        /// <summary>
        /// Producer: the position to fill, or -1 when the ring is full and refuses new records
        /// (counted). Under OverwriteOldest the oldest record is dropped (counted) to make room.
        /// </summary>
        public int BeginWrite()
        {
            if (_writeOpen != 0)
            {
                _misuses++;
                return -1;
            }

            // The common case in one comparison: below the high-water mark the ring is neither
            // full nor at a new high (see Ring). The slow path counts and, if need be, refuses.
            int tail = _tail;
#if NANOFRAMEWORK_1_0
            if (tail - _head >= _highWater && ReserveForWrite(1) == 0)
#else
            if (tail - Fence.Observe(ref _head) >= _highWater && ReserveForWrite(1) == 0)
#endif
            {
                return -1;
            }

            _writeOpen = 1;
            return tail & _mask;
        }

        /// <summary>Producer: makes the record filled since <see cref="BeginWrite"/> visible to the consumer.</summary>
        public void CommitWrite()
        {
            if (_writeOpen == 0)
            {
                _misuses++;
                return;
            }

            _writeOpen = 0;
#if NANOFRAMEWORK_1_0
            _tail = _tail + 1;
#else
            Fence.Publish(ref _tail, _tail + 1);
#endif
        }

        /// <summary>Consumer: the position of the oldest record, or -1 when the ring is empty.</summary>
        public int BeginRead()
        {
            // One comparison for the common case: a closed read under RejectNewest. An open read
            // (misuse) and OverwriteOldest take the slow path.
            if (_readState != ReadClosed)
            {
                return BeginReadChecked();
            }

            int head = _head;
#if NANOFRAMEWORK_1_0
            if (_tail == head)
#else
            if (Fence.Observe(ref _tail) == head)
#endif
            {
                return -1;
            }

            _readState = ReadOpen;
            return head & _mask;
        }

        private int BeginReadChecked()
        {
            if ((_readState & ReadOpen) != 0)
            {
                _misuses++;
                return -1;
            }

            // OverwriteOldest: records the producer wrote over are skipped (and counted) before the
            // oldest intact one is offered; EndRead checks that nothing was written over since.
            int seen = Fence.Observe(ref _overwrites);
            int head = Fence.Observe(ref _head);
            if (seen != _seenOverwrites)
            {
                head = SkipOverwritten(head);
                _seenOverwrites = seen;
            }

            if (Fence.Observe(ref _tail) == head)
            {
                return -1;
            }

            _readState = ReadOpen | Overwriting;
            return head & _mask;
        }

        /// <summary>
        /// Consumer: takes the record opened by <see cref="BeginRead"/> off the ring. True when the
        /// copy is good; false when the producer overwrote it meanwhile (discard the copy; the loss
        /// is counted as overwritten).
        /// </summary>
        public bool EndRead()
        {
            if (_readState != ReadOpen)
            {
                return EndReadChecked();
            }

            _readState = ReadClosed;
#if NANOFRAMEWORK_1_0
            _head = _head + 1;
#else
            Fence.Publish(ref _head, _head + 1);
#endif
            _read++;
            return true;
        }

        private bool EndReadChecked()
        {
            if (_readState != (ReadOpen | Overwriting))
            {
                _misuses++;
                return false;
            }

            _readState = Overwriting;

            // Seqlock style: the copy is good unless the producer began writing over old records
            // since BeginRead and the floor has passed this one.
            int head = _head;
            int seen = Fence.ObserveAfterCopy(ref _overwrites);
            if (seen != _seenOverwrites)
            {
                _seenOverwrites = seen;
                if (SkipOverwritten(head) != head)
                {
                    return false;
                }
            }

            Fence.Publish(ref _head, head + 1);
            _read++;
            return true;
        }
    }
}
