namespace Keel.Console
{
    /// <summary>What the firmware knows about the managed heap, for the console's mem command.</summary>
    /// <remarks>
    /// The firmware watches the heap without disturbing it and keeps the figures, so reading them
    /// allocates nothing; only <see cref="CollectAndMeasureFreeBytes"/> forces a collection, and
    /// only mem collect calls it.
    /// </remarks>
    public interface IHeapMonitor
    {
        /// <summary>Free managed heap when boot finished carving the pools, in bytes.</summary>
        int FreeBytesAtBoot { get; }

        /// <summary>Collections of the heap seen since boot (one per look at most); each means the steady state made garbage. 0 is the goal.</summary>
        int Collections { get; }

        /// <summary>Whether the figures come from a simulated heap (the simulator on a PC).</summary>
        bool IsSimulated { get; }

        /// <summary>Forces a full collection (a pause) and returns the free managed heap in bytes; that collection is not counted.</summary>
        int CollectAndMeasureFreeBytes();
    }
}
