namespace Keel.Bench
{
    /// <summary>A 16-byte record (two longs, like a pin and a timestamp) for the queues that hold values of a type.</summary>
    public readonly struct Record16 : IPayload<Record16>
    {
        public readonly long First;
        public readonly long Second;

        public Record16(long first, long second)
        {
            First = first;
            Second = second;
        }

        public static Record16 Make(long index)
        {
            return new Record16(index, -index);
        }

        public static long ValueOf(Record16 item)
        {
            return item.First - item.Second;
        }
    }
}
