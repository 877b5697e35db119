using System.IO;
using Keel.Firmware.Boards;
using Keel.Sim.Board;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>The README's sample session on the simulated board is what the simulator prints for its script, not text typed by hand.</summary>
    [TestClass]
    public class ReadmeSimSessionTests
    {
        /// <summary>The script the README shows (and runs with --script).</summary>
        public static readonly string[] Script = { "wait 2s", "press", "wait 200ms", "log", "gpio", "pools", "mem" };

        [TestMethod]
        public void TheSampleSessionInTheReadmeIsWhatTheSimulatorPrints()
        {
            string readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).Replace("\r\n", "\n");
            StringWriter output = new StringWriter();
            using (SimulatedBoard board = new SimulatedBoard(Esp32DevKitC.Describe(), null))
            {
                Assert.AreEqual(0, SimRun.Batch(board, Script, "session", 0, output, new StringWriter()));
            }

            string session = output.ToString().Replace("\r\n", "\n");
            StringAssert.Contains(readme, string.Join("\n", Script) + "\n", "README.md should show the script");
            Assert.IsTrue(readme.Contains(session, System.StringComparison.Ordinal), "README.md should show the session:\n" + session);
        }
    }
}
