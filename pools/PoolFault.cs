namespace Keel.Pools
{
    /// <summary>The kinds of misuse a pool detects, refuses and counts.</summary>
    public enum PoolFault
    {
        /// <summary>No fault: the operation succeeded.</summary>
        None = 0,

        /// <summary>The handle's slot has been released and handed out again since.</summary>
        StaleHandle = 1,

        /// <summary>The handle was released already and its slot is still free.</summary>
        DoubleRelease = 2,

        /// <summary>The handle never came from this pool (None, out of range, or malformed).</summary>
        InvalidHandle = 3,

        /// <summary>A copy into or out of a block went past the block's end.</summary>
        OutOfBounds = 4,

        /// <summary>A ring operation out of order (commit without begin, end without begin).</summary>
        Misuse = 5,

        /// <summary>The guard bytes after a block were overwritten: something wrote past its end. The block is quarantined.</summary>
        GuardOverwritten = 6
    }
}
