using Keel.Firmware.Boot;

namespace Keel.Soak
{
    /// <summary>The garbage watch's probe the platform itself uses: the device's on the interpreter, the simulator's on .NET.</summary>
    public static class PlatformHeapProbe
    {
        /// <summary>Boot: a new probe of this platform's kind.</summary>
#if NANOFRAMEWORK_1_0
        public static IHeapProbe Create() => new Keel.Firmware.Platform.NanoHeapProbe();
#else
        public static IHeapProbe Create() => new Keel.Sim.Heap.ThreadAllocationProbe();
#endif
    }
}
