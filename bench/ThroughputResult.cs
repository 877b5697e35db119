namespace Keel.Bench
{
    /// <summary>What one two-thread case achieved: the median of its rounds, in items per second.</summary>
    public sealed class ThroughputResult
    {
        public ThroughputResult(string implementation, string payload, double itemsPerSecond, long items, int rounds)
        {
            Implementation = implementation;
            Payload = payload;
            ItemsPerSecond = itemsPerSecond;
            Items = items;
            Rounds = rounds;
        }

        public string Implementation { get; }

        public string Payload { get; }

        public double ItemsPerSecond { get; }

        public long Items { get; }

        public int Rounds { get; }

        public double NanosecondsPerItem
        {
            get { return 1e9 / ItemsPerSecond; }
        }
    }
}
