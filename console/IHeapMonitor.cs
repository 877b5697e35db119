namespace Keel.Console
{
    /// <summary>What the firmware knows about the managed heap, for the console's mem command.</summary>
    /// <remarks>
    /// The firmware measures the heap (on nanoFramework with a forced collection at boot and at
    /// quiet moments) and keeps the numbers; the console only reads them, so reading allocates nothing.
    /// </remarks>
    public interface IHeapMonitor
    {
        /// <summary>Free managed heap at the last measurement, in bytes.</summary>
        int FreeBytes { get; }

        /// <summary>Free managed heap when boot finished carving the pools, in bytes.</summary>
        int FreeBytesAtBoot { get; }

        /// <summary>The lowest free managed heap measured since boot, in bytes.</summary>
        int LowestFreeBytes { get; }

        /// <summary>Times the monitor saw garbage made in the steady state (a collection ran or the free heap shrank); 0 is the goal.</summary>
        int GarbageEvents { get; }
    }
}
