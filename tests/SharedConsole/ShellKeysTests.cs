using Keel.Console;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    /// <summary>The shell keys at a terminal: the arrow keys recall earlier lines, tab completes command names, and the echo always shows the line as the console holds it.</summary>
    [TestClass]
    public class ShellKeysTests
    {
        private static readonly string Up = "\u001b[A";
        private static readonly string Down = "\u001b[B";

        [TestMethod]
        public void UpAndDownArrowsWalkThroughTheLinesRunBefore()
        {
            ConsoleRig rig = new ConsoleRig(true);
            rig.Type("say one\r");
            rig.Type("say two\r");
            Assert.AreEqual("say two", rig.Type(Up));
            Assert.AreEqual(RubOut(7) + "say one", rig.Type(Up));
            Assert.AreEqual(string.Empty, rig.Type(Up), "nothing older");
            Assert.AreEqual(RubOut(7) + "say two", rig.Type(Down));
            Assert.AreEqual(RubOut(7), rig.Type(Down), "past the newest: an empty line");
            Assert.AreEqual(string.Empty, rig.Type(Down));
            Assert.AreEqual("say two\r\nsaid [two]\r\n> ", rig.Type(Up + "\r"));
        }

        [TestMethod]
        public void ARecalledLineCanBeEditedBeforeItRuns()
        {
            ConsoleRig rig = new ConsoleRig(true);
            rig.Type("say one\r");
            Assert.AreEqual("say one" + RubOut(3) + "six\r\nsaid [six]\r\n> ", rig.Type(Up + "\b\b\bsix\r"));
        }

        [TestMethod]
        public void TheHistoryKeepsTheNewestLinesOnceEach()
        {
            ConsoleRig rig = new ConsoleRig(true);
            string[] lines = { "say a", "say b", "say b", "say c", "say d", "say e" };
            for (int i = 0; i < lines.Length; i++)
            {
                rig.Type(lines[i] + "\r");
            }

            Assert.AreEqual(SerialConsole.HistoryLines, rig.Console.History.Count);
            string shown = rig.Type(Up + Up + Up + Up + Up);
            Assert.IsTrue(shown.EndsWith("say b"), shown);
            Assert.AreEqual(-1, shown.IndexOf("say a"));
        }

        [TestMethod]
        public void ABlankLineIsNotKeptInTheHistory()
        {
            ConsoleRig rig = new ConsoleRig(true);
            rig.Type("say one\r");
            rig.Type("   \r");
            Assert.AreEqual(1, rig.Console.History.Count);
            Assert.AreEqual("say one", rig.Type(Up));
        }

        [TestMethod]
        public void TabCompletesTheOnlyCommandThatFits()
        {
            ConsoleRig rig = new ConsoleRig(true);
            Assert.AreEqual("version ", rig.Type("ver\t"));
            Assert.AreEqual("\r\n" + ConsoleRig.VersionLine + "\r\n> ", rig.Type("\r"));
        }

        [TestMethod]
        public void TabCompletesAsFarAsTheCommandsAgreeThenListsThem()
        {
            ConsoleRig rig = new ConsoleRig(true);
            Assert.AreEqual("pool", rig.Type("po\t"));
            Assert.AreEqual("\r\npools  pool\r\n> pool", rig.Type("\t"));
            Assert.AreEqual("s ", rig.Type("s\t"));
            Assert.AreEqual(0, rig.Console.Errors);
        }

        [TestMethod]
        public void TabCompletesTheCommandNameAfterHelp()
        {
            ConsoleRig rig = new ConsoleRig(true);
            Assert.AreEqual("help ve", rig.Type("help ve"));
            Assert.AreEqual("rsion ", rig.Type("\t"));
            Assert.AreEqual("\r\nusage: version\r\n", rig.Type("\r").Substring(0, 18));
            Assert.AreEqual("help po", rig.Type("help po"));
            Assert.AreEqual("ol", rig.Type("\t"));
            Assert.AreEqual("\r\npools  pool\r\n> help pool", rig.Type("\t"));
        }

        [TestMethod]
        public void TabDoesNothingForNoMatchOrAfterTheFirstWord()
        {
            ConsoleRig rig = new ConsoleRig(true);
            Assert.AreEqual("x", rig.Type("x\t"));
            Assert.AreEqual("^C\r\n> ", rig.Type("\u0015"));
            Assert.AreEqual("say a", rig.Type("say a\t"));
            Assert.AreEqual("\r\nsaid [a]\r\n> ", rig.Type("\r"));
        }

        [TestMethod]
        public void AControlKeyShowsAsAQuestionMarkAndCanBeErased()
        {
            ConsoleRig rig = new ConsoleRig(true);
            Assert.AreEqual("ver?" + RubOut(1) + "sion\r\n" + ConsoleRig.VersionLine + "\r\n> ", rig.Type("ver\u0001\bsion\r"));
            Assert.AreEqual(0, rig.Console.LinesDiscarded);
        }

        [TestMethod]
        public void KeysTheConsoleDoesNotUseAndTheEscKeyLeaveTheLineAsShown()
        {
            ConsoleRig rig = new ConsoleRig(true);
            Assert.AreEqual("say hi\r\nsaid [hi]\r\n> ", rig.Type("\u001b[Cs\u001b[Day hi\r"));
            Assert.AreEqual(2L, rig.Console.KeysIgnored);
            Assert.AreEqual("say x\r\nsaid [x]\r\n> ", rig.Type("\u001bsay x\r"));
            Assert.AreEqual(0, rig.Console.Errors);
        }

        [TestMethod]
        public void WithoutEchoATabIsASpace()
        {
            ConsoleRig rig = new ConsoleRig();
            Assert.AreEqual("said [a]\r\n", rig.Type("say\ta\r"));
        }

        private static string RubOut(int count)
        {
            string text = string.Empty;
            for (int i = 0; i < count; i++)
            {
                text += "\u0008 \u0008";
            }

            return text;
        }
    }
}
