using System;
using Keel.Firmware.Boot;

namespace Keel.Sim.Heap
{
    /// <summary>The garbage watch's probe on the PC: a nominal heap, and a "collection" for every look after which the main loop had allocated anything.</summary>
    /// <remarks>
    /// The PC has no device heap to watch, and .NET collects for reasons of its own. What it can
    /// do better than a device is count every byte: GC.GetAllocatedBytesForCurrentThread between
    /// BeginStep and EndStep is what the firmware allocated (the simulator's own work between
    /// iterations, reading stdin and printing, is not counted). Any such byte is garbage that a
    /// device would have to collect sooner or later, so the watch is told at its next look.
    /// </remarks>
    public sealed class ThreadAllocationProbe : IHeapProbe
    {
        /// <summary>The free heap the PC reports before the loop allocates anything.</summary>
        public const int NominalFreeBytes = 1048576;

        private long _stepStart;
        private bool _inStep;
        private long _allocated;
        private long _allocatedAtLastLook;

        /// <summary>Bytes the main loop allocated so far.</summary>
        public long AllocatedBytes => _allocated + (_inStep ? GC.GetAllocatedBytesForCurrentThread() - _stepStart : 0);

        public bool IsSimulated => true;

        public int TakeCollections()
        {
            long allocated = AllocatedBytes;
            int collections = allocated > _allocatedAtLastLook ? 1 : 0;
            _allocatedAtLastLook = allocated;
            return collections;
        }

        public int CollectAndMeasureFreeBytes()
        {
            long free = NominalFreeBytes - AllocatedBytes;
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
