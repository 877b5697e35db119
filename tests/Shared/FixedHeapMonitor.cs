using Keel.Console;

namespace Keel.Tests
{
    /// <summary>Heap figures as the firmware's monitor would report them, set by the test; counts the collections it was asked for.</summary>
    public class FixedHeapMonitor : IHeapMonitor
    {
        public int FreeNow;
        public int FreeAtBoot;
        public int CollectionsSeen;
        public bool Simulated;
        public int CollectionsAskedFor;

        public int FreeBytesAtBoot => FreeAtBoot;

        public int Collections => CollectionsSeen;

        public bool IsSimulated => Simulated;

        public int CollectAndMeasureFreeBytes()
        {
            CollectionsAskedFor++;
            return FreeNow;
        }
    }
}
