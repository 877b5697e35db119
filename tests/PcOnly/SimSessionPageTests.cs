using System.IO;
using Keel.Firmware.Boards;
using Keel.Sim.Board;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>The sample session of docs/simulator.md is what the simulator prints for its script, not text typed by hand.</summary>
    [TestClass]
    public class SimSessionPageTests
    {
        /// <summary>The script docs/simulator.md shows (and runs with --script).</summary>
        public static readonly string[] Script = { "wait 2s", "press", "wait 200ms", "log", "gpio", "pools", "mem" };

        [TestMethod]
        public void TheSampleSessionOfTheSimulatorPageIsWhatTheSimulatorPrints()
        {
            string page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "simulator.md")).Replace("\r\n", "\n");
            StringWriter output = new StringWriter();
            using (SimulatedBoard board = new SimulatedBoard(Esp32DevKitC.Describe(), null))
            {
                Assert.AreEqual(0, SimRun.Batch(board, Script, "session", 0, output, new StringWriter()));
            }

            string session = output.ToString().Replace("\r\n", "\n");
            StringAssert.Contains(page, "```\n" + string.Join("\n", Script) + "\n```", "docs/simulator.md should show the script");
            Assert.IsTrue(page.Contains(session, System.StringComparison.Ordinal), "docs/simulator.md should show the session:\n" + session);
        }
    }
}
