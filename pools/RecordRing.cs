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

        private readonly int _recordBytes;
        private bool _writeOpen;
        private bool _readOpen;

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
            if (_writeOpen)
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

            _writeOpen = true;
            return tail & _mask;
        }

        /// <summary>Producer: makes the record filled since <see cref="BeginWrite"/> visible to the consumer.</summary>
        public void CommitWrite()
        {
            if (!_writeOpen)
            {
                _misuses++;
                return;
            }

            _writeOpen = false;
#if NANOFRAMEWORK_1_0
            _tail = _tail + 1;
#else
            Fence.Publish(ref _tail, _tail + 1);
#endif
        }

        /// <summary>Consumer: the position of the oldest record, or -1 when the ring is empty.</summary>
        public int BeginRead()
        {
            if (_readOpen)
            {
                _misuses++;
                return -1;
            }

            int head = _head;
            if (_overwrite && _floor - head > 0)
            {
                // Records the producer wrote over are skipped (and counted) before the oldest intact
                // one is offered. A floor missed here is caught by EndRead's check after the copy.
                head = SkipOverwritten(head);
            }

#if NANOFRAMEWORK_1_0
            if (_tail == head)
#else
            if (Fence.Observe(ref _tail) == head)
#endif
            {
                return -1;
            }

            _readOpen = true;
            return head & _mask;
        }

        /// <summary>
        /// Consumer: takes the record opened by <see cref="BeginRead"/> off the ring. True when the
        /// copy is good; false when the producer overwrote it meanwhile (discard the copy; the loss
        /// is counted as overwritten).
        /// </summary>
        public bool EndRead()
        {
            if (!_readOpen)
            {
                _misuses++;
                return false;
            }

            _readOpen = false;
            if (_overwrite)
            {
                return EndReadChecked();
            }

#if NANOFRAMEWORK_1_0
            _head = _head + 1;
#else
            Fence.Publish(ref _head, _head + 1);
#endif
            _read++;
            return true;
        }

        /// <summary>OverwriteOldest: the copy is good only if the floor is still at or below the head (seqlock style).</summary>
        private bool EndReadChecked()
        {
            int head = _head;
            if (Fence.ObserveAfterCopy(ref _floor) - head > 0)
            {
                SkipOverwritten(head);
                return false;
            }

            Fence.Publish(ref _head, head + 1);
            _read++;
            return true;
        }
    }
}
