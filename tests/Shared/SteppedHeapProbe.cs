using Keel.Firmware.Boot;

namespace Keel.Tests
{
    /// <summary>A heap probe that reports what the test sets, with a chosen noise margin.</summary>
    public class SteppedHeapProbe : IHeapProbe
    {
        public int Free;
        public int Noise;
        public int Measurements;

        public int NoiseBytes
        {
            get { return Noise; }
        }

        public int MeasureFreeBytes()
        {
            Measurements++;
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
