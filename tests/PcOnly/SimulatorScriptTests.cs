using System;
using System.IO;
using Keel.Firmware.Boards;
using Keel.Sim.Board;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>Scripted runs of the simulated board: the button toggles the LED and is logged, and the boot counter and the log survive a restart on one flash image.</summary>
    [TestClass]
    public class SimulatorScriptTests
    {
        private static readonly string[] FirstBoot =
        {
            "# first boot on an empty image",
            "log",
            "expect boots             1",
            "expect presses           0",
            "expect led               off",
            "press",
            "wait 200ms",
            "gpio",
            "expect   2  led        output         high",
            "log",
            "expect presses           1",
            "expect led               on",
            "expect press 1 in boot 1 at ",
            "press 50",
            "wait 1s",
            "log",
            "expect presses           2",
            "expect led               off",
            "expect press 2 in boot 1 at ",
            "timers",
            "expect fired             2",
        };

        private static readonly string[] SecondBoot =
        {
            "log",
            "expect boots             2",
            "expect presses           2",
            "expect press 1 in boot 1 at ",
            "expect press 2 in boot 1 at ",
            "press",
            "wait 100ms",
            "log",
            "expect press 3 in boot 2 at ",
            "flash",
            "expect records           5 of 24",
        };

        [TestMethod]
        public void TwoRunsOnOneFlashImageCountBootsAndKeepTheLog()
        {
            string folder = Directory.CreateTempSubdirectory("keel-sim").FullName;
            try
            {
                string image = Path.Combine(folder, "flash.img");
                string first = Run(FirstBoot, image, 0);
                StringAssert.Contains(first, "boot 1: store mounted");
                string second = Run(SecondBoot, image, 0);
                StringAssert.Contains(second, "boot 2: store mounted");
                Assert.AreEqual((long)Esp32DevKitC.FlashSectorSize * Esp32DevKitC.FlashSectors, new FileInfo(image).Length);
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        [TestMethod]
        public void AFailedExpectationStopsTheScriptAndNamesItsLine()
        {
            StringWriter errors = new StringWriter();
            using (SimulatedBoard board = new SimulatedBoard(Esp32DevKitC.Describe(), null))
            {
                int status = SimRun.Batch(board, new[] { "log", "expect boots             7", "log" }, "demo.keel", 0, new StringWriter(), errors);
                Assert.AreEqual(1, status);
            }

            Assert.AreEqual("demo.keel:2: expected 'boots             7' in the output of the previous console line" + Environment.NewLine,
                errors.ToString());
        }

        [TestMethod]
        [DataRow("frobnicate", "the console answered 'frobnicate' with an error")]
        [DataRow("stats reset", "the console answered 'stats reset' with an error")]
        [DataRow("wait soon", "the console answered 'wait soon' with an error")]
        public void ALineTheConsoleRefusesFailsTheScript(string line, string reason)
        {
            StringWriter errors = new StringWriter();
            using (SimulatedBoard board = new SimulatedBoard(Esp32DevKitC.Describe(), null))
            {
                Assert.AreEqual(1, SimRun.Batch(board, new[] { "help", line }, "s", 0, new StringWriter(), errors));
            }

            Assert.AreEqual("s:2: " + reason + Environment.NewLine, errors.ToString());
        }

        [TestMethod]
        public void StepsRunTheLoopInVirtualTime()
        {
            using (SimulatedBoard board = new SimulatedBoard(Esp32DevKitC.Describe(), null))
            {
                Assert.AreEqual(0, SimRun.Batch(board, null, null, 1000, new StringWriter(), new StringWriter()));
                Assert.IsTrue(board.Firmware.Steps >= 1000);
                Assert.IsTrue(board.Firmware.App.Heartbeats >= 4, "heartbeats: " + board.Firmware.App.Heartbeats);
            }
        }

        [TestMethod]
        [DataRow("500ms", 500000L)]
        [DataRow("2s", 2000000L)]
        [DataRow("100us", 100L)]
        [DataRow("30", 30000L)]
        [DataRow("5min", 300000000L)]
        [DataRow("2h", 7200000000L)]
        public void DurationsTakeAUnit(string text, long microseconds)
        {
            long parsed;
            Assert.IsTrue(SimDuration.TryParse(text, out parsed));
            Assert.AreEqual(microseconds, parsed);
        }

        private static string Run(string[] script, string image, int expectedStatus)
        {
            StringWriter output = new StringWriter();
            StringWriter errors = new StringWriter();
            using (SimulatedBoard board = new SimulatedBoard(Esp32DevKitC.Describe(), image))
            {
                Assert.AreEqual(expectedStatus, SimRun.Batch(board, script, "script", 0, output, errors), errors.ToString() + output);
            }

            return output.ToString();
        }
    }
}
