using System;

namespace Keel.Pools
{
    /// <summary>A byte queue of fixed capacity for one producer and one consumer, which may be on two threads.</summary>
    /// <remarks>
    /// Capacity is a power of two. When full, the declared <see cref="OverflowPolicy"/> decides
    /// whether new bytes are refused or the oldest are overwritten; both are counted (see
    /// <see cref="Ring"/> for how, without a compare-and-swap on the common paths). Writes
    /// and reads copy with Array.Copy and allocate nothing.
    /// </remarks>
    public class ByteRing : Ring
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string KindName = "byte ring";

        private readonly byte[] _buffer;

        /// <param name="name">Unique name for the memory map and the console.</param>
        /// <param name="capacity">Bytes it holds: a power of two (a const of the board config).</param>
        /// <param name="policy">What a write into a full ring does.</param>
        public ByteRing(string name, int capacity, OverflowPolicy policy)
            : base(name, capacity, policy)
        {
            _buffer = new byte[capacity];
        }

        public override string Kind
        {
            get { return KindName; }
        }

        public override int ItemBytes
        {
            get { return 1; }
        }

        /// <summary>Producer: queues one byte; false when the ring is full and refuses new bytes.</summary>
        public bool Write(byte value)
        {
            // The common case in one comparison: below the high-water mark the ring is neither
            // full nor at a new high, so there is nothing to count. Anything else takes the slow path.
            int tail = _tail;
#if NANOFRAMEWORK_1_0
            if (tail - _head >= _highWater)
            {
                return WriteCounted(value);
            }

            _buffer[tail & _mask] = value;
            _tail = tail + 1;
#else
            if (tail - Fence.Observe(ref _head) >= _highWater)
            {
                return WriteCounted(value);
            }

            _buffer[tail & _mask] = value;
            Fence.Publish(ref _tail, tail + 1);
#endif
            return true;
        }

        private bool WriteCounted(byte value)
        {
            if (ReserveForWrite(1) == 0)
            {
                return false;
            }

            int tail = _tail;
            _buffer[tail & _mask] = value;
            Fence.Publish(ref _tail, tail + 1);
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
                CountMisuse();
                return 0;
            }

            int requested = count;
            if (count > _capacity)
            {
                // More than the ring can ever hold. OverwriteOldest keeps the newest Capacity bytes
                // (the leading ones are lost at once, written and overwritten); RejectNewest refuses the trailing ones.
                int excess = count - _capacity;
                if (_overwrite)
                {
                    _producerDropped += excess;
                    offset += excess;
                }
                else
                {
                    _rejected += excess;
                }

                count = _capacity;
            }

            int granted = ReserveForWrite(count);
            int tail = _tail;
            int position = tail & _mask;
            int first = _capacity - position;
            if (first > granted)
            {
                first = granted;
            }

            Array.Copy(source, offset, _buffer, position, first);
            Array.Copy(source, offset + first, _buffer, 0, granted - first);
            Fence.Publish(ref _tail, tail + granted);
            return _overwrite ? requested : granted;
        }

        /// <summary>Consumer: takes the oldest byte; false when the ring is empty.</summary>
        public bool TryRead(out byte value)
        {
            int head = _head;
#if NANOFRAMEWORK_1_0
            if (_tail == head)
            {
                value = 0;
                return false;
            }

            value = _buffer[head & _mask];

            // Checked after the copy, seqlock style: if the producer began writing over old bytes
            // since the consumer last looked (OverwriteOldest only), this byte may be one of them.
            if (_overwriteBegun != 0)
            {
                return TryReadAfterOverwrite(out value);
            }

            _head = head + 1;
#else
            if (Fence.Observe(ref _tail) == head)
            {
                value = 0;
                return false;
            }

            value = _buffer[head & _mask];
            if (_overwrite && Fence.ObserveAfterCopy(ref _overwrites) != _seenOverwrites)
            {
                return TryReadAfterOverwrite(out value);
            }

            Fence.Publish(ref _head, head + 1);
#endif
            _read++;
            return true;
        }

        private bool TryReadAfterOverwrite(out byte value)
        {
            // Cleared before the floor is read: an overwrite begun after this sets it again.
            Fence.PublishBeforeOverwrite(ref _overwriteBegun, 0);
            while (true)
            {
                int seen = Fence.Observe(ref _overwrites);
                int head = SkipOverwritten(Fence.Observe(ref _head));
                if (Fence.Observe(ref _tail) == head)
                {
                    _seenOverwrites = seen;
                    value = 0;
                    return false;
                }

                value = _buffer[head & _mask];
                if (Fence.ObserveAfterCopy(ref _overwrites) == seen)
                {
                    _seenOverwrites = seen;
                    Fence.Publish(ref _head, head + 1);
                    _read++;
                    return true;
                }
            }
        }

        /// <summary>Consumer: takes up to count of the oldest bytes into destination; returns how many.</summary>
        public int Read(byte[] destination, int offset, int count)
        {
            if (!FitsArray(destination, offset, count))
            {
                CountMisuse();
                return 0;
            }

            while (true)
            {
                int seen = Fence.Observe(ref _overwrites);
                int head = Fence.Observe(ref _head);
                if (seen != _seenOverwrites)
                {
                    head = SkipOverwritten(head);
                }

                int available = Fence.Observe(ref _tail) - head;
                if (available <= 0)
                {
                    return 0;
                }

                // The producer may be a lap ahead again already: the check after the copy catches that.
                if (available > _capacity)
                {
                    available = _capacity;
                }

                if (available > count)
                {
                    available = count;
                }

                int position = head & _mask;
                int first = _capacity - position;
                if (first > available)
                {
                    first = available;
                }

                Array.Copy(_buffer, position, destination, offset, first);
                Array.Copy(_buffer, 0, destination, offset + first, available - first);
                if (Fence.ObserveAfterCopy(ref _overwrites) == seen)
                {
                    _seenOverwrites = seen;
                    Fence.Publish(ref _head, head + available);
                    _read += available;
                    return available;
                }
            }
        }

        private static bool FitsArray(byte[] array, int offset, int count)
        {
            return array != null && offset >= 0 && count >= 0 && offset <= array.Length && count <= array.Length - offset;
        }
    }
}
