using nanoFramework.TestFramework;

namespace Keel.Tests
{
    /// <summary>Bytes as they arrive on a serial line, in any pieces, become the same commands.</summary>
    [TestClass]
    public class ConsoleInputTests
    {
        private const string Stream = "say one two\r\nversion\nsay  x\t y\r\rsay tail\r\n";

        private static string StreamAnswer => "said [one] [two]\r\n" + ConsoleRig.VersionLine + "\r\nsaid [x] [y]\r\nsaid [tail]\r\n";

        [TestMethod]
        public void AStreamTypedAtOnceRunsEveryLine()
        {
            Assert.AreEqual(StreamAnswer, new ConsoleRig().Type(Stream));
        }

        [TestMethod]
        public void AStreamSplitAtEveryByteBoundaryRunsTheSameCommands()
        {
            for (int split = 0; split <= Stream.Length; split++)
            {
                ConsoleRig rig = new ConsoleRig();
                string answer = rig.Type(Stream.Substring(0, split)) + rig.Type(Stream.Substring(split));
                Assert.AreEqual(StreamAnswer, answer, "split after byte " + split.ToString());
            }
        }

        [TestMethod]
        public void AStreamArrivingOneByteAPollRunsTheSameCommands()
        {
            ConsoleRig rig = new ConsoleRig();
            rig.Port.ReadLimit = 1;
            Assert.AreEqual(StreamAnswer, rig.Type(Stream));
        }

        [TestMethod]
        public void CrLfCrAndLfAloneEachEndOneLine()
        {
            ConsoleRig rig = new ConsoleRig();
            string answer = rig.Type("say a\rsay b\nsay c\r\nsay d\n\rsay e\r\r\n\n");
            Assert.AreEqual("said [a]\r\nsaid [b]\r\nsaid [c]\r\nsaid [d]\r\nsaid [e]\r\n", answer);
            Assert.AreEqual(5, rig.Console.LinesRun);
        }

        [TestMethod]
        public void ACrLfSplitAcrossTwoPollsIsStillOneLineEnd()
        {
            ConsoleRig rig = new ConsoleRig();
            Assert.AreEqual("said [a]\r\n", rig.Type("say a\r"));
            Assert.AreEqual("said [b]\r\n", rig.Type("\nsay b\n"));
        }

        [TestMethod]
        public void ALineOfExactlyTheCapacityRuns()
        {
            ConsoleRig rig = new ConsoleRig();
            string word = new string('w', ConsoleRig.LineBytes - 4);
            Assert.AreEqual("said [" + word + "]\r\n", rig.Type("say " + word + "\r\n"));
        }

        [TestMethod]
        public void AnOverLongLineIsDiscardedWithAMessageAndNeverRunsCut()
        {
            ConsoleRig rig = new ConsoleRig();
            string word = new string('w', ConsoleRig.LineBytes - 3);
            string answer = rig.Type("say " + word + "\r\nversion\r\n");
            Assert.AreEqual("error: line longer than 40 characters discarded\r\n" + ConsoleRig.VersionLine + "\r\n", answer);
            Assert.AreEqual(1, rig.Console.LinesDiscarded);
            Assert.AreEqual(1, rig.Console.LinesRun);
        }

        [TestMethod]
        public void AVeryLongLineIsDiscardedOnceAndNothingOfItLeaksIntoTheNext()
        {
            ConsoleRig rig = new ConsoleRig();
            string junk = new string('x', 1000);
            Assert.AreEqual("error: line longer than 40 characters discarded\r\nsaid [ok]\r\n", rig.Type(junk + "\nsay ok\n"));
        }

        [TestMethod]
        public void BackspacesEditTheLineBeforeItRuns()
        {
            ConsoleRig rig = new ConsoleRig();
            Assert.AreEqual("said [hi]\r\n", rig.Type("sayy\b hx\u007Fi\r\n"));
            Assert.AreEqual(ConsoleRig.VersionLine + "\r\n", rig.Type("\b\b\bpools\b\b\b\b\bversion\n"));
        }

        [TestMethod]
        public void ALineWithBinaryNoiseIsDiscardedAndTheNextLineRuns()
        {
            ConsoleRig rig = new ConsoleRig();
            string answer = rig.Type("say \u0001hi\r\nsay \u00ffyo\nsay ok\r\n");
            Assert.AreEqual("error: line with non-printable bytes discarded\r\nerror: line with non-printable bytes discarded\r\nsaid [ok]\r\n", answer);
            Assert.AreEqual(2, rig.Console.LinesDiscarded);
        }

        [TestMethod]
        public void CtrlCDropsTheLineQuietly()
        {
            ConsoleRig rig = new ConsoleRig();
            Assert.AreEqual("said [b]\r\n", rig.Type("say a\u0003say b\n"));
        }

        [TestMethod]
        public void BlankLinesDoNothingAndTheSwitchAloneStillEndsWithItsStatus()
        {
            ConsoleRig rig = new ConsoleRig();
            Assert.AreEqual("", rig.Type("\r\n   \n\t\r"));
            Assert.AreEqual(0, rig.Console.LinesRun);
            Assert.AreEqual("error=--kv needs a command, such as 'pools --kv'\r\nstatus=error\r\n", rig.Type("--kv\n"));
            Assert.AreEqual(1, rig.Console.Errors);
        }

        [TestMethod]
        public void MoreInputThanTheInputRingIsReadInTurnsAndNothingIsDropped()
        {
            ConsoleRig rig = new ConsoleRig();
            string lines = "";
            string answers = "";
            for (int i = 0; i < 30; i++)
            {
                lines += "say " + i.ToString() + "\n";
                answers += "said [" + i.ToString() + "]\r\n";
            }

            Assert.AreEqual(answers, rig.Type(lines));
            Assert.AreEqual(0, rig.Input.Failures);
            Assert.AreEqual(lines.Length, rig.Input.TotalRead);
        }

        [TestMethod]
        public void WithEchoTypedCharactersComeBackBackspaceRubsOutAndAPromptFollows()
        {
            ConsoleRig rig = new ConsoleRig(true);
            Assert.AreEqual("verx\b \bsion\r\n" + ConsoleRig.VersionLine + "\r\n> ", rig.Type("verx\bsion\r\n"));
            Assert.AreEqual("ab^C\r\n> ", rig.Type("ab\u0003"));
            Assert.AreEqual("\r\n> ", rig.Type("\r"));
            Assert.AreEqual("a?b\r\nerror: line with non-printable bytes discarded\r\n> ", rig.Type("a\u0007b\n"));
        }
    }
}
