namespace Keel.Console
{
    /// <summary>A command whose counters (a driver's: GPIO edges, timer firings) 'stats reset' zeroes along with the pools' statistics.</summary>
    public interface IResettableStatistics
    {
        /// <summary>What the reset line names ("gpio", "timers"): one lower-case word.</summary>
        string StatisticsName { get; }

        /// <summary>Zeroes the counters; allocates nothing.</summary>
        void ResetStatistics();
    }
}
