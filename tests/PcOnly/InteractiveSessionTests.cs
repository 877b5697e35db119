using System;
using System.IO;
using Keel.Firmware.Boards;
using Keel.Sim.Board;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>The simulator at a terminal: keys go to the firmware's own line editor, Ctrl-C drops the line or stops a wait, a long wait shows progress, and the session ends on a line of its own.</summary>
    [TestClass]
    public class InteractiveSessionTests
    {
        // Each look at the clock moves real time 100 ms: a pass of the loop catches up that much.
        private const long Step = 100000;

        [TestMethod]
        public void CtrlCDropsTheLineAndTheSessionGoesOn()
        {
            SessionResult result = Session("pools", "\u0003", "version\r");
            Assert.AreEqual(0, result.Status);
            StringAssert.Contains(result.Output, "> pools^C" + Environment.NewLine + "> version" + Environment.NewLine + "Keel 0.1.0 (commit " + Keel.Console.KeelVersion.Commit + ") on board esp32-devkitc");
            Assert.IsFalse(result.Output.Contains("console-in      byte ring", StringComparison.Ordinal), "pools should not have run");
        }

        [TestMethod]
        public void ALastLineWithoutALineEndRunsAtTheEndOfInput()
        {
            SessionResult result = Session("version\rpools");
            Assert.AreEqual(0, result.Status);
            StringAssert.Contains(result.Output, "> pools" + Environment.NewLine);
            StringAssert.Contains(result.Output, "console-in", "pools ran: " + result.Output);
        }

        [TestMethod]
        public void CtrlCAsASignalDropsTheLineToo()
        {
            SessionResult result = Session("pools", ScriptedInput.Signal, "version\r");
            StringAssert.Contains(result.Output, "> pools^C" + Environment.NewLine + "> version" + Environment.NewLine);
        }

        [TestMethod]
        public void CtrlCStopsAWaitThatShowsItsProgress()
        {
            SessionResult result = Session("wait 1h\r", "", "", "", "", "", "\u0003", "uptime\r");
            StringAssert.Contains(result.Output, "waiting: ");
            StringAssert.Contains(result.Output, " of 1 h passed (Ctrl-C stops)");
            StringAssert.Contains(result.Output, "wait stopped by Ctrl-C after ");
            StringAssert.Contains(result.Output, "> uptime" + Environment.NewLine + "uptime 0d 00:00:");
            Assert.IsTrue(result.Board.Firmware.UptimeMicroseconds < 60000000L, "the wait should have stopped long before its hour");
        }

        [TestMethod]
        public void ASignalStopsAWaitToo()
        {
            SessionResult result = Session("wait 1h\r", "", ScriptedInput.Signal);
            StringAssert.Contains(result.Output, "wait stopped by Ctrl-C after ");
            Assert.IsTrue(result.Board.Firmware.UptimeMicroseconds < 60000000L);
        }

        [TestMethod]
        public void LinesAfterAWaitRunAfterIt()
        {
            SessionResult result = Session("press\rwait 200ms\rlog\r");
            StringAssert.Contains(result.Output, "presses           1");
        }

        [TestMethod]
        [DataRow("wait abc", "error: 'abc' is not a time: give a whole number with us, ms, s, min or h (bare: ms), such as 500ms, 2s or 5min; usage: wait TIME")]
        [DataRow("wait", "error: give a time: a whole number with us, ms, s, min or h (bare: ms), such as 500ms, 2s or 5min; usage: wait TIME")]
        [DataRow("wait 5m", "error: '5m' is not a time: write 5min for minutes or 5ms for milliseconds; usage: wait TIME")]
        [DataRow("quit now", "error: unexpected argument 'now'; usage: quit")]
        public void MistakesGetTheSameAnswerAsInAScript(string line, string answer)
        {
            SessionResult result = Session(line + "\r");
            StringAssert.Contains(result.Output, "> " + line + Environment.NewLine + answer + Environment.NewLine);
            Assert.IsFalse(result.Output.Contains("unknown command", StringComparison.Ordinal), result.Output);
        }

        [TestMethod]
        public void QuitLeavesOnALineOfItsOwnWithoutAPrompt()
        {
            SessionResult result = Session("quit\r", "version\r");
            StringAssert.EndsWith(result.Output, "> quit" + Environment.NewLine);
            Assert.IsFalse(result.Output.Contains("Keel 0.1.0 (commit " + Keel.Console.KeelVersion.Commit + ") on board esp32-devkitc" + Environment.NewLine + "> ", StringComparison.Ordinal),
                "nothing after quit should run");
        }

        [TestMethod]
        public void CtrlDOrTheEndOfInputLeaveOnANewLine()
        {
            StringAssert.EndsWith(Session("lo\u0004").Output, "> lo" + Environment.NewLine);
            // The end of input ends the last line too: it runs, as a shell runs a script's last line.
            StringAssert.EndsWith(Session("lo").Output, "> lo" + Environment.NewLine + "error: unknown command 'lo'; type 'help' for the list" + Environment.NewLine);
        }

        private static SessionResult Session(params string[] keys)
        {
            StringWriter output = new StringWriter();
            SimulatedBoard board = new SimulatedBoard(Esp32DevKitC.Describe(), null, true);
            int status = new InteractiveSession(board, new ScriptedInput(keys), output, new SteppingRealTime(Step)).Run();
            board.Dispose();
            return new SessionResult { Status = status, Output = output.ToString(), Board = board };
        }

        private sealed class SessionResult
        {
            public int Status;
            public string Output;
            public SimulatedBoard Board;
        }
    }
}
