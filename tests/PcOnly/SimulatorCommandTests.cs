using System;
using System.IO;
using Keel.Firmware.Boards;
using Keel.Sim.Board;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>The simulator's own commands in scripts: press says what the firmware will make of a press, set drives inputs, wait, quit, reboot and cut act on the simulator, and every rejected line fails the script.</summary>
    [TestClass]
    public class SimulatorCommandTests
    {
        [TestMethod]
        [DataRow("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "error: line longer than 64 characters discarded")]
        [DataRow("log\u0001", "error: line with non-printable bytes discarded")]
        [DataRow("pools \u00e9", "error: line with non-printable bytes discarded")]
        public void ALineTheConsoleDiscardsFailsTheScript(string line, string answer)
        {
            string output;
            string errors;
            Assert.AreEqual(1, Script(Esp32DevKitC.Describe(), out output, out errors, "log", line, "log"));
            StringAssert.Contains(output, answer);
            StringAssert.StartsWith(errors, "s:2: the console answered");
        }

        [TestMethod]
        public void APressShorterThanTheDebounceIsCalledABounceAndIsNotCounted()
        {
            string output;
            string errors;
            Assert.AreEqual(0, Script(Esp32DevKitC.Describe(), out output, out errors,
                "press 5", "expect no longer than its 20 ms debounce, so the firmware will filter it as a bounce",
                "wait 200ms", "log", "expect presses           0", "gpio", "expect   0  button     input pull-up  high       0        1"), errors + output);
        }

        [TestMethod]
        public void APressWhileTheButtonIsHeldIsRefused()
        {
            string output;
            string errors;
            Assert.AreEqual(1, Script(Esp32DevKitC.Describe(), out output, out errors, "press 500", "wait 100ms", "press"));
            StringAssert.Contains(output, "error: the button is already held, for 400 ms more; 'wait' until it is let go, then press again");
            Assert.AreEqual("s:3: the console answered 'press' with an error" + Environment.NewLine, errors);
            Assert.AreEqual(0, Script(Esp32DevKitC.Describe(), out output, out errors, "press 500", "wait 500ms", "press", "wait 200ms", "log", "expect presses           1"), output);
        }

        [TestMethod]
        [DataRow("expect")]
        [DataRow("expect   ")]
        public void AnExpectWithoutTextFailsTheScriptAndSaysWhatItNeeds(string line)
        {
            string output;
            string errors;
            Assert.AreEqual(1, Script(Esp32DevKitC.Describe(), out output, out errors, "log", line));
            StringAssert.Contains(errors, "s:2: expect needs the text to look for");
            Assert.IsFalse(output.Contains("unknown command", StringComparison.Ordinal), output);
        }

        [TestMethod]
        public void APressExactlyAsLongAsTheDebounceIsCalledABounceAndIsNotCounted()
        {
            string output;
            string errors;
            Assert.AreEqual(0, Script(Esp32DevKitC.Describe(), out output, out errors,
                "press 20", "expect no longer than its 20 ms debounce, so the firmware will filter it as a bounce",
                "wait 1s", "log", "expect presses           0",
                "press 21", "expect the firmware sees it", "wait 1s", "log", "expect presses           1"), errors + output);
        }

        [TestMethod]
        public void APressWhileSetHoldsTheButtonDownIsRefused()
        {
            string output;
            string errors;
            Assert.AreEqual(1, Script(Esp32DevKitC.Describe(), out output, out errors, "set 0 0", "wait 100ms", "press"));
            StringAssert.Contains(output, "error: the button is held down by 'set'; 'set 0 1' lets it go, then press again");
            Assert.IsFalse(output.Contains("button pressed for", StringComparison.Ordinal), output);
        }

        [TestMethod]
        public void AnErrorOnALineThatAlsoCutsThePowerFailsTheScript()
        {
            string output;
            string errors;
            Assert.AreEqual(1, Script(Esp32DevKitC.Describe(), out output, out errors, "unlock", "cut 3", "flash erase", "flash"), output);
            StringAssert.StartsWith(errors, "s:3: the console answered 'flash erase' with an error");
        }

        [TestMethod]
        public void APressOnABoardThatDidNotBootIsRefused()
        {
            string output;
            string errors;
            Assert.AreEqual(1, Script(TinyBoard.Describe(), out output, out errors, "press"));
            StringAssert.Contains(output, "error: the board did not boot (see the boot error above): no firmware reads the button");
            Assert.IsFalse(output.Contains("button pressed for", StringComparison.Ordinal), output);
        }

        [TestMethod]
        public void SetDrivesAnInputAndRefusesOutputsAndUnclaimedPins()
        {
            string output;
            string errors;
            Assert.AreEqual(0, Script(Esp32DevKitC.Describe(), out output, out errors,
                "set 0 0", "expect pin 0 (button) set low", "wait 100ms", "log", "expect presses           1",
                "set 0 1", "wait 100ms", "gpio", "expect   0  button     input pull-up  high       2"), errors + output);
            string[][] refused =
            {
                new[] { "set 2 1", "error: pin 2 (led) is an output: the firmware drives it; 'set' takes an input: 0 (button)" },
                new[] { "set 9 1", "error: pin 9 is not claimed by the firmware, so nothing reads it; the inputs are 0 (button)" },
                new[] { "set 40 1", "error: board esp32-devkitc has pins 0 .. 39, not '40'; usage: set PIN 0|1" },
                new[] { "set 0 high", "error: the level is 0 (low) or 1 (high), not 'high'; usage: set PIN 0|1" },
                new[] { "set 0", "error: give an input pin and a level, such as 'set 0 0'; usage: set PIN 0|1" },
            };
            foreach (string[] line in refused)
            {
                Assert.AreEqual(1, Script(Esp32DevKitC.Describe(), out output, out errors, line[0]), line[0]);
                StringAssert.Contains(output, line[1] + Environment.NewLine);
            }
        }

        [TestMethod]
        [DataRow("wait", "error: give a time: a whole number with us, ms, s, min or h (bare: ms), such as 500ms, 2s or 5min; usage: wait TIME")]
        [DataRow("wait abc", "error: 'abc' is not a time: give a whole number with us, ms, s, min or h (bare: ms), such as 500ms, 2s or 5min; usage: wait TIME")]
        [DataRow("wait 5m", "error: '5m' is not a time: write 5min for minutes or 5ms for milliseconds; usage: wait TIME")]
        [DataRow("wait 1s 2s", "error: unexpected argument '2s'; usage: wait TIME")]
        [DataRow("quit now", "error: unexpected argument 'now'; usage: quit")]
        [DataRow("exit 1", "error: unexpected argument '1'; usage: exit")]
        [DataRow("reboot now", "error: unexpected argument 'now'; usage: reboot")]
        [DataRow("cut x", "error: BYTES is how many more bytes the flash programs before the power fails (0 or more), not 'x'; usage: cut [BYTES]")]
        public void TheSimulatorsCommandsAnswerMistakesWithTheirUsage(string line, string answer)
        {
            string output;
            string errors;
            Assert.AreEqual(1, Script(Esp32DevKitC.Describe(), out output, out errors, line));
            StringAssert.Contains(output, "> " + line + Environment.NewLine + answer + Environment.NewLine);
        }

        [TestMethod]
        public void QuitEndsAScriptSuccessfullyAndSkipsTheRest()
        {
            string output;
            string errors;
            Assert.AreEqual(0, Script(Esp32DevKitC.Describe(), out output, out errors, "version", "quit", "frobnicate"), errors);
            Assert.IsFalse(output.Contains("frobnicate", StringComparison.Ordinal), output);
            Assert.AreEqual(0, Script(Esp32DevKitC.Describe(), out output, out errors, "exit", "frobnicate"), errors);
        }

        [TestMethod]
        public void HelpListsTheSimulatorsCommands()
        {
            string output;
            string errors;
            Script(Esp32DevKitC.Describe(), out output, out errors, "help");
            foreach (string usage in new[] { "press [MS]", "set PIN 0|1", "wait TIME", "quit", "exit", "reboot", "cut [BYTES]" })
            {
                StringAssert.Contains(output, Environment.NewLine + usage + " ", usage);
            }
        }

        [TestMethod]
        public void RebootKeepsTheFlash()
        {
            string output;
            string errors;
            Assert.AreEqual(0, Script(Esp32DevKitC.Describe(), out output, out errors,
                "press", "wait 200ms", "reboot", "expect -- reboot: the flash is kept --", "expect boot 2: store mounted",
                "log", "expect boots             2", "expect presses           1", "expect press 1 in boot 1 at "), errors + output);
        }

        [TestMethod]
        public void ACutNowRebootsAndSaysWhatSurvived()
        {
            string output;
            string errors;
            Assert.AreEqual(0, Script(Esp32DevKitC.Describe(), out output, out errors,
                "press", "wait 200ms", "cut", "expect -- power cut now --",
                "expect -- what survived the cut: boot counter 2, 1 press counted", "log", "expect press 1 in boot 1 at "), errors + output);
        }

        [TestMethod]
        public void AnArmedCutFallsInTheMiddleOfAWriteAndTheStoreKeepsWhatWasCommitted()
        {
            using (SimulatedBoard board = new SimulatedBoard(Esp32DevKitC.Describe(), null))
            {
                StringWriter output = new StringWriter();
                ScriptRunner runner = new ScriptRunner(board, output);
                Assert.IsTrue(runner.Run(new[] { "press", "wait 200ms", "cut 10", "expect armed: the power fails after 10 more bytes", "press", "wait 200ms" }),
                    runner.Failure + output);
                Assert.AreEqual(2, board.Boots, output.ToString());
                StringAssert.Contains(output.ToString(), "-- power cut: the flash lost power after 10 more programmed bytes, in the middle of a write --");
                StringAssert.Contains(output.ToString(), "-- what survived the cut: boot counter 2, 1 press counted");
                Assert.AreEqual(Keel.Drivers.Flash.StoreResult.Ok, board.Firmware.MountResult);
                Assert.AreEqual(-1L, board.ArmedCutBytes);
            }
        }

        [TestMethod]
        public void ScriptOutputUsesOneKindOfLineEnd()
        {
            string output;
            string errors;
            Script(Esp32DevKitC.Describe(), out output, out errors, "version", "pools --kv", "frobnicate");
            string other = Environment.NewLine == "\n" ? "\r" : "\n";
            Assert.AreEqual(0, output.Replace(Environment.NewLine, "", StringComparison.Ordinal).Split(other).Length - 1,
                "every line should end with Environment.NewLine alone");
        }

        [TestMethod]
        public void StepsPrintASummary()
        {
            StringWriter output = new StringWriter();
            using (SimulatedBoard board = new SimulatedBoard(Esp32DevKitC.Describe(), null))
            {
                Assert.AreEqual(0, SimRun.Batch(board, null, null, 400, output, new StringWriter()));
            }

            StringAssert.Contains(output.ToString(), "-- ran 400 loop iterations: 2 s of virtual time, uptime 2 s --" + Environment.NewLine);
        }

        private static int Script(BoardConfig config, out string output, out string errors, params string[] lines)
        {
            StringWriter outputWriter = new StringWriter();
            StringWriter errorWriter = new StringWriter();
            int status;
            using (SimulatedBoard board = new SimulatedBoard(config, null))
            {
                status = SimRun.Batch(board, lines, "s", 0, outputWriter, errorWriter);
            }

            output = outputWriter.ToString();
            errors = errorWriter.ToString();
            return status;
        }
    }
}
