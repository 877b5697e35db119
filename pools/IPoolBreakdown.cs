namespace Keel.Pools
{
    /// <summary>A pool made of parts (size classes, owners' grants) that the memory map and the console list row by row.</summary>
    public interface IPoolBreakdown
    {
        int PartCount { get; }

        /// <summary>Part 0 .. PartCount − 1: its capacity, use, high-water mark and failures.</summary>
        IPoolDiagnostics Part(int position);

        /// <summary>What a part borrowed beyond its own blocks: fallbacks to a larger class, or blocks from the shared overflow.</summary>
        int PartBorrowed(int position);

        /// <summary>"fallbacks" or "overflow": what <see cref="PartBorrowed"/> counts.</summary>
        string BorrowedLabel { get; }

        /// <summary>Bytes the blocks in use were asked for (the map shows it where block sizes are mixed).</summary>
        int RequestedBytes { get; }

        /// <summary>Bytes of the blocks in use; minus <see cref="RequestedBytes"/> it is the internal waste.</summary>
        int GrantedBytes { get; }
    }
}
