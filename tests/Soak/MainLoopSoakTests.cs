using Keel.Firmware.Boards;
using nanoFramework.TestFramework;

namespace Keel.Soak
{
    /// <summary>The firmware's main loop — GPIO sampling and debouncing, button presses that toggle the LED and write the flash log, the heartbeat timer, the console and the garbage watch — allocates nothing.</summary>
    [TestClass]
    public class MainLoopSoakTests
    {
        private const int StepMicroseconds = 1000;
        private const int StepsPerPress = 1000;
        private const int PressSteps = 100;
        private const int WarmUpSteps = 2 * StepsPerPress;
        private const int Steps = 20 * StepsPerPress;

        [TestMethod]
        public void PressesHeartbeatsEdgesTimersAndTheFlashLogAllocateNothing()
        {
            BoardConfig config = Esp32DevKitC.Describe();
            SoakBoard board = new SoakBoard(config, false);
            Run(board, 0, WarmUpSteps);
            int presses = board.Firmware.App.PressesThisBoot;
            long heartbeats = board.Firmware.App.Heartbeats;
            int edges = board.Firmware.Gpio.TotalEdges;

            long before = AllocationMeter.Count();
            Run(board, WarmUpSteps, Steps);
            long allocated = AllocationMeter.Count() - before;

            GarbageReport report = new GarbageReport();
            report.Record("main loop", allocated, Steps);
            report.AssertClean();
            Assert.AreEqual(Steps / StepsPerPress, board.Firmware.App.PressesThisBoot - presses, "presses logged");
            Assert.AreEqual(2 * (Steps / StepsPerPress), board.Firmware.Gpio.TotalEdges - edges, "edges read");
            Assert.IsTrue(board.Firmware.App.Heartbeats - heartbeats >= (long)Steps * StepMicroseconds / config.HeartbeatMicroseconds,
                "heartbeats fired");
            Assert.AreEqual(0, board.Firmware.App.StoreFailures, "every log entry was written");
        }

        /// <summary>count steps of 1 ms each; the button goes down for 100 ms once a second.</summary>
        private static void Run(SoakBoard board, int first, int count)
        {
            BoardConfig config = board.Config;
            for (int i = first; i < first + count; i++)
            {
                int phase = i % StepsPerPress;
                if (phase == 0 || phase == PressSteps)
                {
                    bool pressed = phase == 0;
                    board.Gpio.SetInput(config.ButtonPin, pressed == config.ButtonPressedHigh);
                }

                board.StepAfter(StepMicroseconds);
            }
        }
    }
}
