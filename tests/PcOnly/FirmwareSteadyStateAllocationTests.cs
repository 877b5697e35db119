using System;
using Keel.Firmware.Boards;
using Keel.Sim.Board;
using Keel.Sim.Heap;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>The whole steady state (GPIO sampling, the demo app's presses and flash log, the heartbeat timer, an idle console, the garbage watch) allocates exactly 0 bytes.</summary>
    [TestClass]
    public class FirmwareSteadyStateAllocationTests
    {
        [TestMethod]
        public void AMillionLoopIterationsWithPressesAndHeartbeatsAllocateNothing()
        {
            BoardConfig config = Esp32DevKitC.Describe();
            using (SimulatedBoard board = new SimulatedBoard(config, null))
            {
                Assert.IsTrue(board.Firmware.IsRunning, board.Firmware.BootError);
                int pressesBefore = board.Firmware.App.Presses;

                // 1 ms of virtual time per iteration; the button goes down for 100 ms every 50 s.
                // The first iteration whose step allocated is kept, so a failure says where to look.
                int firstAllocating = -1;
                long firstAllocated = 0;
                long bytes = AllocationProbe.BytesAllocatedBy(i =>
                {
                    int phase = i % 50000;
                    if (phase == 0 || phase == 100)
                    {
                        board.Gpio.SetInput(config.ButtonPin, phase == 100);
                    }

                    long before = GC.GetAllocatedBytesForCurrentThread();
                    board.Firmware.Step();
                    long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                    if (allocated != 0 && firstAllocating < 0)
                    {
                        firstAllocating = i;
                        firstAllocated = allocated;
                    }

                    board.Clock.Advance(1000);
                });

                Assert.AreEqual(0L, bytes, "first allocating step: iteration " + firstAllocating + ", " + firstAllocated + " B");
                long presses = board.Firmware.App.Presses - pressesBefore;
                Assert.AreEqual(21L, presses, "presses over 1,020,000 iterations");
                Assert.IsTrue(board.Firmware.App.Heartbeats > 2000, "heartbeats: " + board.Firmware.App.Heartbeats);
                Assert.AreEqual(0, board.Firmware.App.StoreFailures);
                Assert.IsTrue(board.Firmware.Heap.Samples > 400, "the garbage watch measured: " + board.Firmware.Heap.Samples);
                Assert.AreEqual(0, board.Firmware.Heap.Collections);
                Assert.AreEqual(0L, board.Probe.AllocatedBytes);
            }
        }

        [TestMethod]
        public void TheGarbageWatchCountsALoopThatAllocates()
        {
            using (SimulatedBoard board = new SimulatedBoard(Esp32DevKitC.Describe(), null))
            {
                board.Firmware.Heap.Look();
                Assert.AreEqual(0, board.Firmware.Heap.Collections);

                // Something in the loop makes garbage: the probe is told it happened within a step.
                board.Probe.BeginStep();
                object garbage = new byte[1000];
                board.Probe.EndStep();
                board.Firmware.Heap.Look();

                Assert.IsNotNull(garbage);
                Assert.AreEqual(1, board.Firmware.Heap.Collections);
                Assert.IsTrue(board.TypeLine("mem collect"));
                string answer = board.TakeOutput();
                StringAssert.Contains(answer, "collections       1 since boot (simulated");
                StringAssert.Contains(answer, "heap free now     " + (ThreadAllocationProbe.NominalFreeBytes - board.Probe.AllocatedBytes));
            }
        }
    }
}
