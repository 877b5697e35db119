namespace Keel.Pools
{
    /// <summary>What a full ring does with new data; either way the loss is counted.</summary>
    public enum OverflowPolicy
    {
        /// <summary>Keep what is queued and refuse the new data (counted as rejected).</summary>
        RejectNewest = 0,

        /// <summary>Drop the oldest queued data to make room (counted as overwritten).</summary>
        OverwriteOldest = 1
    }
}
