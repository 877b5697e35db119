using Keel.Pools;

namespace Keel.Bench
{
    /// <summary>Keel's byte ring between two threads, one byte per call.</summary>
    public sealed class KeelByteRingCase : TwoThreadCase
    {
        private readonly ByteRing _ring;

        public KeelByteRingCase(int capacity)
            : base("Keel ByteRing", "1 byte")
        {
            _ring = new ByteRing("two-thread-bytes", capacity, OverflowPolicy.RejectNewest);
        }

        public override bool TryWrite(long index)
        {
            return _ring.Write((byte)index);
        }

        public override bool TryRead(out long value)
        {
            byte item;
            bool read = _ring.TryRead(out item);
            value = item;
            return read;
        }

        public override long ValueOf(long index)
        {
            return OneByte.ValueOf(OneByte.Make(index));
        }
    }
}
