using Keel.Console;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    [TestClass]
    public class CommandLineTests
    {
        [TestMethod]
        public void WordsAreSplitAtSpacesInPlace()
        {
            CommandLine line = Parse("  pool   messages/16 ");
            Assert.AreEqual(2, line.Count);
            Assert.IsTrue(line.WordIs(0, "pool"));
            Assert.IsTrue(line.WordIs(1, "messages/16"));
            Assert.IsFalse(line.WordIs(1, "messages/1"));
            Assert.IsFalse(line.WordIs(1, "messages/160"));
            Assert.AreEqual(9, line.StartOf(1));
            Assert.AreEqual(11, line.LengthOf(1));
            Assert.IsFalse(line.KeyValue);
        }

        [TestMethod]
        [DataRow("pools --kv")]
        [DataRow("--kv pools")]
        [DataRow("pools   --kv  ")]
        public void TheKeyValueSwitchIsSeenAnywhereAndIsNotAWord(string text)
        {
            CommandLine line = Parse(text);
            Assert.IsTrue(line.KeyValue);
            Assert.AreEqual(1, line.Count);
            Assert.IsTrue(line.WordIs(0, "pools"));
        }

        [TestMethod]
        public void ABlankLineHasNoWords()
        {
            Assert.AreEqual(0, Parse("").Count);
            Assert.AreEqual(0, Parse("    ").Count);
        }

        [TestMethod]
        public void MoreWordsThanTheLimitAreReportedAndTheFirstOnesKept()
        {
            CommandLine line = new CommandLine();
            byte[] text = Ascii.Bytes("a b c d e f g h i");
            Assert.IsFalse(line.Parse(text, text.Length));
            Assert.AreEqual(CommandLine.MaxWords, line.Count);
            Assert.IsTrue(line.WordIs(7, "h"));

            text = Ascii.Bytes("a b c d e f g h --kv");
            Assert.IsTrue(line.Parse(text, text.Length));
        }

        [TestMethod]
        [DataRow("0", 0)]
        [DataRow("42", 42)]
        [DataRow("-17", -17)]
        [DataRow("2147483647", 2147483647)]
        [DataRow("-2147483648", -2147483648)]
        [DataRow("0x1F", 31)]
        [DataRow("0XfF", 255)]
        [DataRow("0xFFFFFFFF", -1)]
        [DataRow("0x80000000", -2147483648)]
        public void IntegersParseInPlace(string text, int expected)
        {
            CommandLine line = Parse("set " + text);
            int value;
            Assert.IsTrue(line.TryParseInteger(1, out value));
            Assert.AreEqual(expected, value);
        }

        [TestMethod]
        [DataRow("-")]
        [DataRow("0x")]
        [DataRow("12a")]
        [DataRow("0x1G")]
        [DataRow("2147483648")]
        [DataRow("-2147483649")]
        [DataRow("0x100000000")]
        [DataRow("-0x1")]
        [DataRow("99999999999999999999")]
        public void AnythingElseIsNotAnInteger(string text)
        {
            CommandLine line = Parse("set " + text);
            int value;
            Assert.IsFalse(line.TryParseInteger(1, out value), text);
        }

        [TestMethod]
        public void ReadingAWordPastTheCountIsAProgrammingError()
        {
            CommandLine line = Parse("one");
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => line.WordIs(1, "x"));
        }

        private static CommandLine Parse(string text)
        {
            CommandLine line = new CommandLine();
            byte[] bytes = Ascii.Bytes(text);
            line.Parse(bytes, bytes.Length);
            return line;
        }
    }
}
