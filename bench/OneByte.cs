namespace Keel.Bench
{
    /// <summary>One byte as a payload of the two-thread queues: the same size and copy cost as a bare byte.</summary>
    public readonly struct OneByte : IPayload<OneByte>
    {
        public readonly byte Value;

        public OneByte(byte value)
        {
            Value = value;
        }

        public static OneByte Make(long index)
        {
            return new OneByte((byte)index);
        }

        public static long ValueOf(OneByte item)
        {
            return item.Value;
        }
    }
}
