using System;
using Keel.Firmware.Boot;

namespace Keel.Firmware.Platform
{
    /// <summary>The garbage watch's probe on nanoFramework: an object made at boot and held only weakly, whose loss means the heap was collected.</summary>
    /// <remarks>
    /// nanoFramework collects only when an allocation finds no room (checked on the interpreter:
    /// 100,000 clean loop steps keep the sentinel, a loop that allocates loses it at the first
    /// collection), so a lost sentinel means garbage filled the heap. Looking costs one native
    /// call and allocates nothing; a new sentinel (one object) is made only after a collection,
    /// when garbage has been made already. A collection a person asks for
    /// (nanoFramework.Runtime.Native.GC.Run, no compaction) holds the sentinel strongly, so it is
    /// not mistaken for garbage.
    /// </remarks>
    public class NanoHeapProbe : IHeapProbe
    {
        private readonly WeakReference _sentinel = new WeakReference(new object());
        private object _held;

        public bool IsSimulated => false;

        public int TakeCollections()
        {
            if (_sentinel.IsAlive)
            {
                return 0;
            }

            _sentinel.Target = new object();
            return 1;
        }

        public int CollectAndMeasureFreeBytes()
        {
            _held = _sentinel.Target;
            int free = (int)nanoFramework.Runtime.Native.GC.Run(false);
            _held = null;
            return free;
        }

        public void BeginStep()
        {
        }

        public void EndStep()
        {
        }
    }
}
