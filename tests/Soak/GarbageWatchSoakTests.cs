using System;
using Keel.Firmware.Boards;
using nanoFramework.TestFramework;

namespace Keel.Soak
{
    /// <summary>The firmware's garbage watch on the platform's own probe: a clean loop shows no collection however long it runs; a loop that makes garbage is reported within one look after the heap is collected.</summary>
    [TestClass]
    public class GarbageWatchSoakTests
    {
        private const int CleanSteps = 100000;
        private const int GarbageBytes = 1024;
        private const long GarbagePeriodMicroseconds = 1000;

        // Enough arrays to fill the interpreter's heap (about 10 MB) several times over.
        private const int MaxGarbageSteps = 100000;

        // On the interpreter the test's own sentinel shows when the heap was collected (held only
        // weakly, it goes with the first collection); on the PC any byte the loop allocates counts.
        private static WeakReference s_collectionSentinel;

        [TestMethod]
        public void AHundredThousandCleanStepsSeeNoCollection()
        {
            SoakBoard board = new SoakBoard(Esp32DevKitC.Describe(), false);
            for (int i = 0; i < CleanSteps; i++)
            {
                board.Step();
            }

            Assert.AreEqual(0, board.Firmware.Heap.Collections, "collections seen in " + CleanSteps.ToString() + " clean steps");
            long expectedLooks = board.Clock.NowMicroseconds / board.Config.HeapSampleMicroseconds;
            Assert.IsTrue(board.Firmware.Heap.Samples >= expectedLooks - 1,
                "the watch looked every period: " + board.Firmware.Heap.Samples.ToString() + " looks");
        }

        [TestMethod]
        public void ALoopThatMakesGarbageIsReportedWithinOneLook()
        {
            SoakBoard board = new SoakBoard(Esp32DevKitC.Describe(), false);
            GarbageMakingHandler garbage = new GarbageMakingHandler(GarbageBytes);
            int timer = board.Firmware.Timers.Create(garbage);
            board.Firmware.Timers.StartPeriodic(timer, GarbagePeriodMicroseconds);
            s_collectionSentinel = new WeakReference(new object());

            int steps = 0;
            while (!CollectionHappened(garbage) && steps < MaxGarbageSteps)
            {
                board.Step();
                steps++;
            }

            Assert.IsTrue(CollectionHappened(garbage), "the heap was collected after " + steps.ToString() + " steps, "
                + garbage.Calls.ToString() + " arrays of " + GarbageBytes.ToString() + " bytes");

            long collectedAt = board.Clock.NowMicroseconds;
            board.Firmware.Timers.Stop(timer);
            long deadline = collectedAt + board.Config.HeapSampleMicroseconds;
            long reportedAt = collectedAt;
            while (board.Firmware.Heap.Collections == 0 && board.Clock.NowMicroseconds <= deadline)
            {
                reportedAt = board.Clock.NowMicroseconds;
                board.Step();
            }

            Assert.IsTrue(board.Firmware.Heap.Collections >= 1, "the watch saw the collection within one period of "
                + board.Config.HeapSampleMicroseconds.ToString() + " us (" + garbage.Calls.ToString() + " arrays made)");
            Assert.IsTrue(reportedAt <= deadline, "reported by " + deadline.ToString() + " us, not " + reportedAt.ToString());
        }

        private static bool CollectionHappened(GarbageMakingHandler garbage)
        {
#if NANOFRAMEWORK_1_0
            return !s_collectionSentinel.IsAlive;
#else
            return garbage.Calls > 0;
#endif
        }
    }
}
