using Keel.Firmware.Boot;

namespace Keel.Firmware.Platform
{
    /// <summary>The garbage watch's probe on nanoFramework: the free managed heap that GC.Run(false) returns.</summary>
    /// <remarks>
    /// GC.Run forces a full collection (no compaction) and returns the free heap in bytes. It is
    /// slow, so the watch calls it at the board's low HeapSampleMicroseconds rate. Because it
    /// collects first, it reports memory kept; a steady state that makes no garbage never moves it
    /// more than the interpreter's recycled stack frames do.
    /// </remarks>
    public class NanoHeapProbe : IHeapProbe
    {
        /// <summary>Eight 12-byte heap blocks: the interpreter's stack frames move the free figure about this much (NANOFRAMEWORK.md).</summary>
        public const int StackFrameNoiseBytes = 96;

        public int NoiseBytes
        {
            get { return StackFrameNoiseBytes; }
        }

        public int MeasureFreeBytes()
        {
            return (int)nanoFramework.Runtime.Native.GC.Run(false);
        }

        public void BeginStep()
        {
        }

        public void EndStep()
        {
        }
    }
}
