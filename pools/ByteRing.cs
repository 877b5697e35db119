using System;

namespace Keel.Pools
{
    /// <summary>A byte queue of fixed capacity for one producer and one consumer, which may be on two threads.</summary>
    /// <remarks>
    /// Capacity is a power of two. When full, the declared <see cref="OverflowPolicy"/> decides
    /// whether new bytes are refused or the oldest are overwritten; both are counted. Writes
    /// and reads copy with Array.Copy and allocate nothing.
    /// </remarks>
    public class ByteRing : IPoolDiagnostics
    {
        private readonly string _name;
        private readonly RingIndex _index;
        private readonly byte[] _buffer;

        /// <param name="name">Unique name for the memory map and the console.</param>
        /// <param name="capacity">Bytes it holds: a power of two (a const of the board config).</param>
        /// <param name="policy">What a write into a full ring does.</param>
        public ByteRing(string name, int capacity, OverflowPolicy policy)
        {
            _index = new RingIndex(name, capacity, policy);
            _name = name;
            _buffer = new byte[capacity];
        }

        public string Name
        {
            get { return _name; }
        }

        public string Kind
        {
            get { return "byte ring"; }
        }

        public int Capacity
        {
            get { return _index.Capacity; }
        }

        public int ItemBytes
        {
            get { return 1; }
        }

        public int StorageBytes
        {
            get { return _buffer.Length; }
        }

        /// <summary>The ring keeps no per-item bookkeeping: two counters, two caches.</summary>
        public int MetadataBytes
        {
            get { return 0; }
        }

        public OverflowPolicy Policy
        {
            get { return _index.Policy; }
        }

        /// <summary>Bytes queued now.</summary>
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

        /// <summary>Bytes lost: rejected plus overwritten.</summary>
        public int Failures
        {
            get { return _index.Rejected + _index.Overwritten; }
        }

        /// <summary>Calls with a buffer, offset or count outside the caller's array.</summary>
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

        /// <summary>Producer: queues one byte; false when the ring is full and refuses new bytes.</summary>
        public bool Write(byte value)
        {
            if (_index.ReserveForWrite(1) == 0)
            {
                return false;
            }

            _buffer[_index.WritePosition] = value;
            _index.PublishWrite(1);
            return true;
        }

        /// <summary>
        /// Producer: queues count bytes of source from offset. Returns how many were queued; under
        /// RejectNewest the rest were refused, under OverwriteOldest all are queued and only the
        /// newest Capacity bytes of them can survive. Bad bounds queue nothing and count a fault.
        /// </summary>
        public int Write(byte[] source, int offset, int count)
        {
            if (!FitsArray(source, offset, count))
            {
                _index.CountMisuse();
                return 0;
            }

            int requested = count;
            if (count > _index.Capacity)
            {
                // More than the ring can ever hold. OverwriteOldest keeps the newest Capacity bytes
                // (the leading ones are lost at once); RejectNewest refuses the trailing ones.
                int excess = count - _index.Capacity;
                _index.CountExcess(excess);
                if (_index.Policy == OverflowPolicy.OverwriteOldest)
                {
                    offset += excess;
                }

                count = _index.Capacity;
            }

            int granted = _index.ReserveForWrite(count);
            int position = _index.WritePosition;
            int first = _index.Capacity - position;
            if (first > granted)
            {
                first = granted;
            }

            Array.Copy(source, offset, _buffer, position, first);
            Array.Copy(source, offset + first, _buffer, 0, granted - first);
            _index.PublishWrite(granted);
            return _index.Policy == OverflowPolicy.OverwriteOldest ? requested : granted;
        }

        /// <summary>Consumer: takes the oldest byte; false when the ring is empty.</summary>
        public bool TryRead(out byte value)
        {
            while (true)
            {
                int head;
                if (_index.BeginRead(1, out head) == 0)
                {
                    value = 0;
                    return false;
                }

                value = _buffer[_index.PositionOf(head)];
                if (_index.EndRead(head, 1))
                {
                    return true;
                }
            }
        }

        /// <summary>Consumer: takes up to count of the oldest bytes into destination; returns how many.</summary>
        public int Read(byte[] destination, int offset, int count)
        {
            if (!FitsArray(destination, offset, count))
            {
                _index.CountMisuse();
                return 0;
            }

            while (true)
            {
                int head;
                int available = _index.BeginRead(count, out head);
                if (available == 0)
                {
                    return 0;
                }

                int position = _index.PositionOf(head);
                int first = _index.Capacity - position;
                if (first > available)
                {
                    first = available;
                }

                Array.Copy(_buffer, position, destination, offset, first);
                Array.Copy(_buffer, 0, destination, offset + first, available - first);
                if (_index.EndRead(head, available))
                {
                    return available;
                }
            }
        }

        public void ResetStatistics()
        {
            _index.ResetStatistics();
        }

        public IntegrityResult CheckIntegrity()
        {
            return _index.CheckIntegrity();
        }

        private static bool FitsArray(byte[] array, int offset, int count)
        {
            return array != null && offset >= 0 && count >= 0 && offset <= array.Length && count <= array.Length - offset;
        }
    }
}
