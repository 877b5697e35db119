using System;
using Keel.Firmware.Boot;

namespace Keel.Sim.Heap
{
    /// <summary>The garbage watch's probe on the PC: a nominal heap minus every byte the main loop allocated on its thread.</summary>
    /// <remarks>
    /// GC.GetAllocatedBytesForCurrentThread counts every allocation, collected or not, so the PC
    /// sees garbage the device's GC.Run would have swept before measuring. Only bytes allocated
    /// between BeginStep and EndStep count: the simulator's own work between iterations (reading
    /// stdin, printing) is not the firmware's.
    /// </remarks>
    public sealed class ThreadAllocationProbe : IHeapProbe
    {
        /// <summary>The free heap the PC reports before the loop allocates anything.</summary>
        public const int NominalFreeBytes = 1048576;

        private long _stepStart;
        private bool _inStep;
        private long _allocated;

        /// <summary>Bytes the main loop allocated so far.</summary>
        public long AllocatedBytes
        {
            get { return _allocated; }
        }

        /// <summary>0: the counter is exact, so every byte counts.</summary>
        public int NoiseBytes
        {
            get { return 0; }
        }

        public int MeasureFreeBytes()
        {
            long free = NominalFreeBytes - _allocated - (_inStep ? GC.GetAllocatedBytesForCurrentThread() - _stepStart : 0);
            return free < 0 ? 0 : (int)free;
        }

        public void BeginStep()
        {
            _stepStart = GC.GetAllocatedBytesForCurrentThread();
            _inStep = true;
        }

        public void EndStep()
        {
            _allocated += GC.GetAllocatedBytesForCurrentThread() - _stepStart;
            _inStep = false;
        }
    }
}
