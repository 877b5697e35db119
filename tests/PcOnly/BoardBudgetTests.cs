using Keel.Console;
using Keel.Firmware.Boards;
using Keel.Firmware.Boot;
using Keel.Sim.Heap;
using Keel.Sim.Ports;
using Keel.Sim.Board;
using Keel.Pools;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>Every shipped board boots within its budget; the tiny board stops at the budget check with a message that says what to change and stays on the console.</summary>
    [TestClass]
    public class BoardBudgetTests
    {
        [TestMethod]
        [DataRow(Esp32DevKitC.Name)]
        [DataRow(Esp32Wrover.Name)]
        [DataRow(Stm32F769IDisco.Name)]
        public void EveryShippedBoardBootsWithinItsBudget(string name)
        {
            using (SimulatedBoard board = new SimulatedBoard(BoardList.Find(name), null))
            {
                Assert.IsNull(board.Firmware.BootError, name);
                Assert.IsTrue(board.Firmware.IsRunning);
                MemoryPlan plan = board.Firmware.Plan;
                Assert.IsTrue(plan.FitsBudget, name + " needs " + plan.TotalBytes + " of " + plan.BudgetBytes);
                Assert.AreEqual(name, plan.BoardName);
                StringAssert.Contains(board.TakeOutput(), "headroom");
            }
        }

        [TestMethod]
        public void TheListNamesEveryBoardAndFindsEachByName()
        {
            CollectionAssert.AreEqual(new[] { "esp32-devkitc", "esp32-wrover", "stm32f769i-disco", "tiny" }, BoardList.Names());
            foreach (string name in BoardList.Names())
            {
                Assert.AreEqual(name, BoardList.Find(name).Name);
            }

            Assert.IsNull(BoardList.Find("esp8266"));
        }

        [TestMethod]
        public void TheDevKitCBudgetLeavesMostOfAWroomHeapToTheRuntime()
        {
            // Without PSRAM the runtime leaves roughly 50-110 KB of managed heap (NANOFRAMEWORK.md).
            BoardConfig wroom = BoardList.Find(Esp32DevKitC.Name);
            BoardConfig wrover = BoardList.Find(Esp32Wrover.Name);
            Assert.IsTrue(wroom.MemoryBudgetBytes <= 40960, "budget " + wroom.MemoryBudgetBytes);
            Assert.IsTrue(wrover.MemoryBudgetBytes > wroom.MemoryBudgetBytes);
        }

        [TestMethod]
        public void TheTinyBoardStopsAtTheBudgetCheckAndStaysOnTheConsole()
        {
            using (SimulatedBoard board = new SimulatedBoard(TinyBoard.Describe(), null))
            {
                Assert.IsFalse(board.Firmware.IsRunning);
                Assert.AreEqual(
                    "Memory plan for board 'tiny' needs 4104 bytes (3936 storage + 168 metadata) but the budget is 2048 bytes: "
                    + "2056 bytes short. Largest consumers: console-out 2048 B (byte ring, 2048 x 1), timers 456 B (slot pool, 8 x 53), "
                    + "gpio-pins 432 B (slot pool, 8 x 50). Lower these capacities in the board config class, or raise its memory "
                    + "budget if the board has the heap.",
                    board.Firmware.BootError);
                string boot = board.TakeOutput();
                StringAssert.Contains(boot, "boot error: Memory plan for board 'tiny' needs 4104 bytes");
                StringAssert.Contains(boot, "Keel stays on the console instead of rebooting");

                Assert.IsTrue(board.TypeLine("mem"));
                StringAssert.Contains(board.TakeOutput(), "plan headroom     -2056 B  OVER BUDGET");
                Assert.IsFalse(board.TypeLine("press"), "no firmware reads the button: the press is refused, not reported as done");
                StringAssert.Contains(board.TakeOutput(), "error: the board did not boot");
                board.RunFor(1000000);
                Assert.IsFalse(board.TypeLine("gpio"));
                StringAssert.Contains(board.TakeOutput(), "error: unknown command 'gpio'");
            }
        }

        [TestMethod]
        public void APinClaimedTwiceIsABootErrorThatNamesBothOwners()
        {
            BoardConfig config = Esp32DevKitC.Describe();
            config.HeartbeatLedPin = config.LedPin;
            using (SimulatedBoard board = new SimulatedBoard(config, null))
            {
                Assert.IsFalse(board.Firmware.IsRunning);
                StringAssert.Contains(board.Firmware.BootError, "led");
                StringAssert.Contains(board.Firmware.BootError, "heartbeat");
                Assert.IsTrue(board.TypeLine("pools"));
            }
        }
    

        [TestMethod]
        public void ABoardWithoutItsFlashStaysOnTheConsoleAndSaysSo()
        {
            BoardConfig config = Esp32DevKitC.Describe();
            SimulatedClock clock = new SimulatedClock();
            MemorySerialPort port = new MemorySerialPort(256, 65536);
            KeelFirmware firmware = new KeelFirmware(config, new SimulatedGpioPort(config.GpioPinCount, clock), clock, port, null,
                new ThreadAllocationProbe(), false, null);
            firmware.Step();

            Assert.IsFalse(firmware.IsRunning);
            StringAssert.Contains(firmware.BootError, "Record store 'store' needs the board's flash port.");
            StringAssert.Contains(port.TakeOutput(), "boot error: Record store 'store' needs the board's flash port.");
            port.Send("version\r\n");
            firmware.Step();
            Assert.AreEqual("Keel 0.1.0 (commit " + Keel.Console.KeelVersion.Commit + ") on board esp32-devkitc\r\n", port.TakeOutput());
        }
    }
}
