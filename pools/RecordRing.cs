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
        private int _readHead;

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
                CountMisuse();
                return -1;
            }

            if (ReserveForWrite(1) == 0)
            {
                return -1;
            }

            _writeOpen = true;
            return WritePosition;
        }

        /// <summary>Producer: makes the record filled since <see cref="BeginWrite"/> visible to the consumer.</summary>
        public void CommitWrite()
        {
            if (!_writeOpen)
            {
                CountMisuse();
                return;
            }

            _writeOpen = false;
            PublishWrite(1);
        }

        /// <summary>Consumer: the position of the oldest record, or -1 when the ring is empty.</summary>
        public int BeginRead()
        {
            if (_readOpen)
            {
                CountMisuse();
                return -1;
            }

            int head;
            if (BeginConsume(1, out head) == 0)
            {
                return -1;
            }

            _readOpen = true;
            _readHead = head;
            return PositionOf(head);
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
                CountMisuse();
                return false;
            }

            _readOpen = false;
            return EndConsume(_readHead, 1);
        }
    }
}
