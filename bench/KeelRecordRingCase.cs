using Keel.Pools;

namespace Keel.Bench
{
    /// <summary>Keel's record ring between two threads: a 16-byte record kept in two long[] at the ring's position.</summary>
    public sealed class KeelRecordRingCase : TwoThreadCase
    {
        private readonly RecordRing _ring;
        private readonly long[] _first;
        private readonly long[] _second;

        public KeelRecordRingCase(int capacity)
            : base("Keel RecordRing", "16-byte record")
        {
            _ring = new RecordRing("two-thread-records", capacity, 16, OverflowPolicy.RejectNewest);
            _first = new long[capacity];
            _second = new long[capacity];
        }

        public override bool TryWrite(long index)
        {
            int position = _ring.BeginWrite();
            if (position < 0)
            {
                return false;
            }

            _first[position] = index;
            _second[position] = -index;
            _ring.CommitWrite();
            return true;
        }

        public override bool TryRead(out long value)
        {
            int position = _ring.BeginRead();
            if (position < 0)
            {
                value = 0;
                return false;
            }

            value = _first[position] - _second[position];
            return _ring.EndRead();
        }

        public override long ValueOf(long index)
        {
            return Record16.ValueOf(Record16.Make(index));
        }
    }
}
