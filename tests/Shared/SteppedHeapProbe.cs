using Keel.Firmware.Boot;

namespace Keel.Tests
{
    /// <summary>A heap probe that reports what the test sets: collections waiting to be seen, and the free heap a forced collection finds.</summary>
    public class SteppedHeapProbe : IHeapProbe
    {
        public int Free;
        public int PendingCollections;
        public int Looks;
        public int ForcedCollections;

        public bool IsSimulated => false;

        public int TakeCollections()
        {
            Looks++;
            int seen = PendingCollections > 0 ? 1 : 0;
            PendingCollections = 0;
            return seen;
        }

        public int CollectAndMeasureFreeBytes()
        {
            ForcedCollections++;
            return Free;
        }

        public void BeginStep()
        {
        }

        public void EndStep()
        {
        }
    }
}
