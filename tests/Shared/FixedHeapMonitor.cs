using Keel.Console;

namespace Keel.Tests
{
    /// <summary>Heap figures as the firmware's monitor would report them, set by the test.</summary>
    public class FixedHeapMonitor : IHeapMonitor
    {
        public int Free;
        public int FreeAtBoot;
        public int LowestFree;
        public int Garbage;

        public int FreeBytes
        {
            get { return Free; }
        }

        public int FreeBytesAtBoot
        {
            get { return FreeAtBoot; }
        }

        public int LowestFreeBytes
        {
            get { return LowestFree; }
        }

        public int GarbageEvents
        {
            get { return Garbage; }
        }
    }
}
