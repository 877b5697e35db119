using Keel.Console;
using Keel.Pools;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    [TestClass]
    public class ConsoleOutputTests
    {
        [TestMethod]
        [DataRow(0L, "0")]
        [DataRow(7L, "7")]
        [DataRow(-7L, "-7")]
        [DataRow(1000L, "1000")]
        [DataRow(2147483647L, "2147483647")]
        [DataRow(-9223372036854775808L, "-9223372036854775808")]
        [DataRow(9223372036854775807L, "9223372036854775807")]
        public void DecimalsAreFormattedByTheConsolesOwnDigitCode(long value, string expected)
        {
            MemorySerialPort port = NewPort();
            ConsoleOutput output = NewOutput(port, 64);
            output.Decimal(value);
            Assert.AreEqual(expected, Sent(output, port));
        }

        [TestMethod]
        [DataRow(0, 1, "0")]
        [DataRow(255, 1, "FF")]
        [DataRow(255, 4, "00FF")]
        [DataRow(-1, 2, "FFFFFFFF")]
        [DataRow(0x1234, 12, "00001234")]
        public void HexIsUpperCaseWithZerosToTheWidthAsked(int value, int digits, string expected)
        {
            MemorySerialPort port = NewPort();
            ConsoleOutput output = NewOutput(port, 64);
            output.Hex(value, digits);
            Assert.AreEqual(expected, Sent(output, port));
        }

        [TestMethod]
        public void ColumnsPadToTheirWidthAndKeepAtLeastOneSpaceWhenFull()
        {
            MemorySerialPort port = NewPort();
            ConsoleOutput output = NewOutput(port, 128);
            output.TextColumn("name", 8);
            output.NumberColumn(42, 5);
            output.RightColumn("high", 6);
            output.Character('|');
            output.NewLine();
            output.TextColumn("a-long-name", 8);
            output.NumberColumn(123456, 5);
            output.RightColumn("overflowing", 6);
            Assert.AreEqual("name       42  high|\r\na-long-name  123456 overflowing", Sent(output, port));
        }

        [TestMethod]
        [DataRow(0, 0, 8, "[..........]")]
        [DataRow(1, 1, 100, "[#.........]")]
        [DataRow(2, 3, 8, "[##+.......]")]
        [DataRow(5, 5, 10, "[#####.....]")]
        [DataRow(99, 99, 100, "[#########.]")]
        [DataRow(100, 100, 100, "[##########]")]
        [DataRow(3, 8, 8, "[###+++++++]")]
        [DataRow(3, 3, 0, "[..........]")]
        public void TheUsageBarShowsUseHighWaterAndTheRest(int inUse, int high, int capacity, string expected)
        {
            MemorySerialPort port = NewPort();
            ConsoleOutput output = NewOutput(port, 64);
            output.UsageBar(inUse, high, capacity, 10);
            Assert.AreEqual(expected, Sent(output, port));
        }

        [TestMethod]
        public void PairsAreKeyEqualsValueLinesWithSpacesInKeysAsUnderscores()
        {
            MemorySerialPort port = NewPort();
            ConsoleOutput output = NewOutput(port, 128);
            output.Pair("plan.budget_bytes", 8192);
            output.Pair("board.name", "test board");
            output.Pair("pool", "messages/16", "high water", 3);
            output.Pair("pool", "log", "notes", "overwrite oldest");
            Assert.AreEqual("plan.budget_bytes=8192\r\nboard.name=test board\r\npool.messages/16.high_water=3\r\n"
                + "pool.log.notes=overwrite oldest\r\n", Sent(output, port));
        }

        [TestMethod]
        public void ControlAndNonAsciiCharactersInTextBecomeQuestionMarks()
        {
            MemorySerialPort port = NewPort();
            ConsoleOutput output = NewOutput(port, 64);
            output.Text("a\rb\u00e9c\u001b[2J");
            Assert.AreEqual("a?b?c?[2J", Sent(output, port));
        }

        [TestMethod]
        public void OutputLongerThanTheRingReachesTheSlowPortWhole()
        {
            MemorySerialPort port = NewPort();
            port.WriteLimit = 5;
            ConsoleOutput output = NewOutput(port, 16);
            for (int i = 0; i < 100; i++)
            {
                output.Decimal(i % 10);
            }

            string sent = Sent(output, port);
            Assert.AreEqual(100, sent.Length);
            Assert.AreEqual("0123456789", sent.Substring(90));
            Assert.AreEqual(0, output.Ring.Failures);
        }

        [TestMethod]
        public void APortThatTakesNothingLosesOnlyWhatTheRingCannotHoldAndTheRingCountsIt()
        {
            MemorySerialPort port = new MemorySerialPort(16, 10);
            ConsoleOutput output = NewOutput(port, 16);
            string written = "";
            for (int i = 0; i < 200; i++)
            {
                char character = (char)('a' + i % 26);
                written += character;
                output.Character(character);
            }

            output.Flush();
            output.Transmit();

            // The port took 10 bytes and then nothing; the 6 bytes it left of the first chunk wait,
            // the ring keeps the newest 16 (overwrite oldest) and counts the 168 it dropped.
            Assert.AreEqual(written.Substring(0, 10), port.TakeOutput());
            Assert.AreEqual(22, output.Pending);
            Assert.AreEqual(168, output.Ring.Overwritten);

            // As the port takes bytes again, the waiting ones arrive in order, 10 per clear.
            string rest = "";
            for (int round = 0; round < 3; round++)
            {
                rest += Sent(output, port);
            }

            Assert.AreEqual(written.Substring(10, 6) + written.Substring(184), rest);
            Assert.AreEqual(0, output.Pending);
        }

        private static MemorySerialPort NewPort()
        {
            return new MemorySerialPort(16, 4096);
        }

        private static ConsoleOutput NewOutput(MemorySerialPort port, int ringBytes)
        {
            return new ConsoleOutput(new ByteRing("out", ringBytes, OverflowPolicy.OverwriteOldest), port);
        }

        /// <summary>Flushes and transmits until everything formatted has reached the port; returns it.</summary>
        private static string Sent(ConsoleOutput output, MemorySerialPort port)
        {
            output.Flush();
            output.Transmit();
            return port.TakeOutput();
        }
    }
}
