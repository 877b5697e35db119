namespace Keel.Firmware.Boot
{
    /// <summary>How the garbage watch sees the managed heap without disturbing it: collections noticed on the device, the loop's allocated bytes on the PC.</summary>
    public interface IHeapProbe
    {
        /// <summary>Whether the figures come from a simulated heap (the PC) rather than the device's own.</summary>
        bool IsSimulated { get; }

        /// <summary>
        /// Steady state: 1 when the heap was collected since the last look (0 otherwise), without
        /// causing a collection. On the device it cannot tell one collection from several.
        /// </summary>
        int TakeCollections();

        /// <summary>Forces a full collection and returns the free managed heap in bytes: at boot, and when a person asks. That collection is not counted by <see cref="TakeCollections"/>.</summary>
        int CollectAndMeasureFreeBytes();

        /// <summary>A main-loop iteration starts: on the PC only what runs between this and <see cref="EndStep"/> is the firmware's.</summary>
        void BeginStep();

        /// <summary>A main-loop iteration ends.</summary>
        void EndStep();
    }
}
