using Keel.Firmware.Boards;
using Keel.Pools;
using nanoFramework.TestFramework;

namespace Keel.Soak
{
    /// <summary>Every console command and option, typed at the firmware again and again, allocates nothing: read-only listings, --kv, pool NAME for every pool and ring, the commands that change state, and every error answer.</summary>
    [TestClass]
    public class ConsoleSoakTests
    {
        private const int WarmUpRuns = 2;
        private const int Runs = 20;
        private static readonly string KeyValue = " --kv";

        [TestMethod]
        public void EveryReadOnlyCommandAndItsKeyValueFormAllocateNothing()
        {
            SoakBoard board = new SoakBoard(Esp32DevKitC.Describe(), true);
            string[] lines = { "help", "help mem", "mem", "pools", "check", "uptime", "version", "gpio", "timers", "flash", "flash sectors", "flash read 1", "log" };
            GarbageReport report = new GarbageReport();
            for (int i = 0; i < lines.Length; i++)
            {
                MeasureLine(board, report, lines[i]);
                MeasureLine(board, report, lines[i] + KeyValue);
            }

            report.AssertClean();
            Assert.AreEqual(0, board.Firmware.Console.Errors, "every line was a good one");
        }

        [TestMethod]
        public void PoolNameOfEveryPoolRingAndPartAllocatesNothing()
        {
            SoakBoard board = new SoakBoard(Esp32DevKitC.Describe(), true);
            PoolRegistry registry = board.Firmware.Plan.Registry;
            GarbageReport report = new GarbageReport();
            for (int i = 0; i < registry.Count; i++)
            {
                IPoolDiagnostics entry = registry.Get(i);
                MeasureLine(board, report, "pool " + entry.Name);
                MeasureLine(board, report, "pool " + entry.Name + KeyValue);
                IPoolBreakdown parts = entry as IPoolBreakdown;
                for (int part = 0; parts != null && part < parts.PartCount; part++)
                {
                    MeasureLine(board, report, "pool " + parts.Part(part).Name);
                }
            }

            report.AssertClean();
            Assert.AreEqual(0, board.Firmware.Console.Errors, "every name was found");
        }

        [TestMethod]
        public void CommandsThatChangeStateAllocateNothing()
        {
            SoakBoard board = new SoakBoard(Esp32DevKitC.Describe(), true);
            GarbageReport report = new GarbageReport();
            MeasureLine(board, report, "unlock");
            MeasureLine(board, report, "stats reset");
            MeasureLine(board, report, "stats reset" + KeyValue);
            MeasureLine(board, report, "gpio 2 1");
            MeasureLine(board, report, "gpio 2 0");
            MeasureLine(board, report, "flash erase");
            MeasureLine(board, report, "lock");
            MeasureLine(board, report, "stats reset");
            report.AssertClean();
        }

        [TestMethod]
        public void EveryErrorAnswerAllocatesNothing()
        {
            SoakBoard board = new SoakBoard(Esp32DevKitC.Describe(), true);
            GarbageReport report = new GarbageReport();
            string[] lines =
            {
                "nope", "pool", "pool nope", "pool a b", "pools extra", "mem now", "help me", "stats", "stats now",
                "gpio 99 1", "gpio 2 7", "gpio x", "gpio 0 1", "flash now", "timers x", "log x", "uptime x", "check x",
                "version x", "lock x", "nope --kv", "pool --kv", "--kv", "help nope", "help mem x", "stats reset now", "flash erase now",
                "flash now", "gpio 2 1 now", "mem x collect", "pool timers x", "flash read", "flash read x", "flash read 999",
                "flash read 1 x", "flash sectors x",
            };
            for (int i = 0; i < lines.Length; i++)
            {
                MeasureLine(board, report, lines[i]);
            }

            MeasureLine(board, report, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
            MeasureBytes(board, report, "non-printable bytes", new byte[] { (byte)'p', 1, 0xFF, (byte)'s', 13, 10 });
            MeasureBytes(board, report, "Ctrl-C drops the line", new byte[] { (byte)'p', (byte)'o', 3, 13, 10 });
            MeasureBytes(board, report, "backspace and escape", new byte[] { (byte)'m', (byte)'x', 8, 27, 127, (byte)'e', (byte)'m', 13, 10 });
            report.AssertClean();
        }

        [TestMethod]
        public void ShellKeysAllocateNothing()
        {
            SoakBoard board = new SoakBoard(Esp32DevKitC.Describe(), true);
            GarbageReport report = new GarbageReport();
            board.Type("uptime");
            byte[] upAndRun = Bytes("\u001b[A\r");
            byte[] upDown = Bytes("\u001b[A\u001b[A\u001b[B\u001b[B\u001b[A\u0015");
            byte[] complete = Bytes("ver\t\r");
            byte[] list = Bytes("p\t\t\u0015");
            byte[] helpWord = Bytes("help ve\t\r");
            byte[] ignored = Bytes("\u001b[C\u001b[1;5D\u001bOP\u001bmem\r");
            byte[] erased = Bytes("mem\u0001\b\r");
            MeasureBytes(board, report, "up arrow and run", upAndRun);
            MeasureBytes(board, report, "up and down arrows", upDown);
            MeasureBytes(board, report, "tab completes a command", complete);
            MeasureBytes(board, report, "tab lists the candidates", list);
            MeasureBytes(board, report, "tab completes the word after help", helpWord);
            MeasureBytes(board, report, "keys ignored, Esc dropped", ignored);
            MeasureBytes(board, report, "control key erased", erased);
            report.AssertClean();
            Assert.AreEqual(0, board.Firmware.Console.Errors, "every line was a good one");
        }

        private static byte[] Bytes(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }

        private static void MeasureLine(SoakBoard board, GarbageReport report, string line)
        {
            int answered = Answered(board);
            for (int i = 0; i < WarmUpRuns; i++)
            {
                board.Type(line);
            }

            long before = AllocationMeter.Count();
            for (int i = 0; i < Runs; i++)
            {
                board.Type(line);
            }

            long allocated = AllocationMeter.Count() - before;
            report.Record("'" + line + "'", allocated, Runs);
            Assert.AreEqual(WarmUpRuns + Runs, Answered(board) - answered, "'" + line + "' was answered every time");
        }

        /// <summary>Lines the console ran or discarded whole.</summary>
        private static int Answered(SoakBoard board) => board.Firmware.Console.LinesRun + board.Firmware.Console.LinesDiscarded;

        private static void MeasureBytes(SoakBoard board, GarbageReport report, string path, byte[] bytes)
        {
            for (int i = 0; i < WarmUpRuns; i++)
            {
                board.Send(bytes);
            }

            long before = AllocationMeter.Count();
            for (int i = 0; i < Runs; i++)
            {
                board.Send(bytes);
            }

            long allocated = AllocationMeter.Count() - before;
            report.Record(path, allocated, Runs);
        }
    }
}
