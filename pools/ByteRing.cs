using System;

namespace Keel.Pools
{
    /// <summary>A byte queue of fixed capacity for one producer and one consumer, which may be on two threads.</summary>
    /// <remarks>
    /// Capacity is a power of two. When full, the declared <see cref="OverflowPolicy"/> decides
    /// whether new bytes are refused or the oldest are overwritten; both are counted. Writes
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
            // The common case inline (one call on the interpreter); a full-looking ring takes the slow path.
#if NANOFRAMEWORK_1_0
            // One core: the consumer's head is one field load away, and that one read serves both
            // the room check and the high-water mark.
            int tail = _tail;
            int mask = _mask;
            int fill = tail - _head;
            if (fill > mask)
            {
                if (ReserveForWrite(1) == 0)
                {
                    return false;
                }

                fill = tail - _head;
            }

            _buffer[tail & mask] = value;
            _tail = tail + 1;
            _written++;
            if (fill >= _highWater)
            {
                _highWater = fill + 1;
            }

            return true;
#else
            int tail = _tail;
            if (tail - _producerHeadCache >= _capacity && ReserveForWrite(1) == 0)
            {
                return false;
            }

            _buffer[tail & _mask] = value;
            tail++;
            Fence.Publish(ref _tail, tail);
            _written++;
            int fill = tail - _head;
            if (fill > _highWater)
            {
                _highWater = fill;
            }

            return true;
#endif
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
            if (count > Capacity)
            {
                // More than the ring can ever hold. OverwriteOldest keeps the newest Capacity bytes
                // (the leading ones are lost at once); RejectNewest refuses the trailing ones.
                int excess = count - Capacity;
                CountExcess(excess);
                if (Policy == OverflowPolicy.OverwriteOldest)
                {
                    offset += excess;
                }

                count = Capacity;
            }

            int granted = ReserveForWrite(count);
            int position = WritePosition;
            int first = Capacity - position;
            if (first > granted)
            {
                first = granted;
            }

            Array.Copy(source, offset, _buffer, position, first);
            Array.Copy(source, offset + first, _buffer, 0, granted - first);
            PublishWrite(granted);
            return Policy == OverflowPolicy.OverwriteOldest ? requested : granted;
        }

        /// <summary>Consumer: takes the oldest byte; false when the ring is empty.</summary>
        public bool TryRead(out byte value)
        {
            if (!_overwrite)
            {
                // Only the consumer moves the head: the common case inline.
                int head = _head;
#if NANOFRAMEWORK_1_0
                // One core: the producer's tail is one field load away, no cache to keep.
                if (_tail == head)
                {
                    value = 0;
                    return false;
                }
#else
                if (_consumerTailCache == head)
                {
                    int tail = Fence.Observe(ref _tail);
                    _consumerTailCache = tail;
                    if (tail == head)
                    {
                        value = 0;
                        return false;
                    }
                }
#endif

                value = _buffer[head & _mask];
#if NANOFRAMEWORK_1_0
                _head = head + 1;
#else
                Fence.Publish(ref _head, head + 1);
#endif
                _read++;
                return true;
            }

            while (true)
            {
                int head;
                if (BeginConsume(1, out head) == 0)
                {
                    value = 0;
                    return false;
                }

                value = _buffer[head & _mask];
                if (EndConsume(head, 1))
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
                CountMisuse();
                return 0;
            }

            while (true)
            {
                int head;
                int available = BeginConsume(count, out head);
                if (available == 0)
                {
                    return 0;
                }

                int position = PositionOf(head);
                int first = Capacity - position;
                if (first > available)
                {
                    first = available;
                }

                Array.Copy(_buffer, position, destination, offset, first);
                Array.Copy(_buffer, 0, destination, offset + first, available - first);
                if (EndConsume(head, available))
                {
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
