using Keel.Console;
using Keel.Firmware.Boards;
using Keel.Pools;
using Keel.Sim.Board;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>On every shipped board, every console table lines its values up with its headings (the boards differ in pin numbers, names and counts).</summary>
    [TestClass]
    public class BoardTableLayoutTests
    {
        private static readonly string[] GpioHeadings = { "pin", "owner", "mode", "level", "edges", "bounces", "drops" };
        private static readonly bool[] GpioRight = { true, false, false, false, true, true, true };
        private static readonly string[] PoolsHeadings = { "name", "kind", "capacity", "in use", "high", "failed", "faults", "usage" };
        private static readonly bool[] PoolsRight = { false, false, true, true, true, true, true, false };

        public static System.Collections.Generic.IEnumerable<object[]> Boards()
        {
            foreach (string name in BoardList.Names())
            {
                yield return new object[] { name };
            }
        }

        [TestMethod]
        [DynamicData(nameof(Boards))]
        public void EveryTableLinesUpOnTheBoard(string boardName)
        {
            using SimulatedBoard board = new SimulatedBoard(BoardList.Find(boardName), null);
            board.RunFor(2000000);
            board.TakeOutput();
            if (board.Firmware.IsRunning)
            {
                Assert.IsTrue(board.TypeLine("press"));
                board.RunFor(300000);
                board.TakeOutput();
                string[] gpio = TableAssert.Lines(Answer(board, "gpio"));
                TableAssert.LinedUp(gpio, 0, 1, gpio.Length - 2, GpioHeadings, GpioRight, 0);
                TableAssert.LinedUp(gpio, 0, gpio.Length - 1, gpio.Length - 1, GpioHeadings, GpioRight, 4);
                string[] timers = TableAssert.Lines(Answer(board, "timers"));
                int header = System.Array.FindIndex(timers, line => line.StartsWith("timer "));
                Assert.IsTrue(header > 0, "timers lists each timer");
                DetailLines(string.Join("\r\n", timers, 0, header), "timers");
                TableAssert.LinedUp(timers, header, header + 1, timers.Length - 1,
                    new[] { "timer", "name", "mode", "every ms", "due in ms", "missed", "failures" },
                    new[] { true, false, false, true, true, true, true }, 0);
                DetailLines(Answer(board, "flash"), "flash");
                DetailLines(Answer(board, "log"), "log");
            }

            TableAssert.LinedUp(Answer(board, "pools"), PoolsHeadings, PoolsRight);
            DetailLines(Answer(board, "mem"), "mem");
            PoolRegistry registry = board.Firmware.Plan.Registry;
            for (int i = 0; i < registry.Count; i++)
            {
                DetailLines(Answer(board, "pool " + registry.Get(i).Name), "pool " + registry.Get(i).Name);
            }
        }

        private static string Answer(SimulatedBoard board, string line)
        {
            Assert.IsTrue(board.TypeLine(line), line + " answered with an error");
            return board.TakeOutput();
        }

        /// <summary>Lines "label   value" with every value in the column after the label (lines that are not label lines, such as log entries, are left alone).</summary>
        private static void DetailLines(string answer, string command)
        {
            foreach (string line in TableAssert.Lines(answer))
            {
                if (line.StartsWith("press "))
                {
                    continue;
                }

                Assert.IsTrue(line.Length > ConsoleOutput.LabelWidth, "'" + line + "' of " + command);
                Assert.AreEqual(' ', line[ConsoleOutput.LabelWidth - 1], "'" + line + "' of " + command);
                Assert.AreNotEqual(' ', line[ConsoleOutput.LabelWidth], "'" + line + "' of " + command);
            }
        }
    }
}
