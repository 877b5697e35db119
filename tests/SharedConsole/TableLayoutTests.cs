using Keel.Console;
using Keel.Drivers.Gpio;
using Keel.Drivers.Ports;
using Keel.Firmware.Commands;
using Keel.Pools;
using Keel.Sim.Ports;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    /// <summary>Every console table lines its values up with their headings: numbers end where their heading ends, text starts where its heading starts, whatever the names and counts.</summary>
    [TestClass]
    public class TableLayoutTests
    {
        private static readonly string[] GpioHeadings = { "pin", "owner", "mode", "level", "edges", "bounces", "drops" };
        private static readonly bool[] GpioRight = { true, false, false, false, true, true, true };
        private static readonly string[] PoolsHeadings = { "name", "kind", "capacity", "in use", "high", "failed", "faults", "usage" };
        private static readonly bool[] PoolsRight = { false, false, true, true, true, true, true, false };

        [TestMethod]
        public void GpioRowsAndTotalLineUpWithTheHeader()
        {
            string[] lines = TableAssert.Lines(new DriverCommandRig().Type("gpio"));
            Assert.AreEqual(4, lines.Length);
            TableAssert.LinedUp(lines, 0, 1, 2, GpioHeadings, GpioRight, 0);
            Assert.IsTrue(lines[3].StartsWith("total "));
            TableAssert.LinedUp(lines, 0, 3, 3, GpioHeadings, GpioRight, 4);
        }

        [TestMethod]
        public void GpioKeepsItsColumnsWithThreeDigitPinsAndLongModes()
        {
            // The STM32F769I-DISCO's pins: PJ13 is 157, the button a pull-down input.
            string answer = GpioOnStm32Pins();
            Assert.AreEqual(
                "pin  owner      mode             level  edges  bounces  drops\r\n"
                + "  0  button     input pull-down  low        0        0      0\r\n"
                + "157  led        output           low        0        0      0\r\n"
                + "149  heartbeat  output           low        0        0      0\r\n"
                + "total                                       0        0      0\r\n", answer);
            string[] lines = TableAssert.Lines(answer);
            TableAssert.LinedUp(lines, 0, 1, 3, GpioHeadings, GpioRight, 0);
            TableAssert.LinedUp(lines, 0, 4, 4, GpioHeadings, GpioRight, 4);
        }

        [TestMethod]
        public void PoolsNumbersEndWhereTheirHeadingsEnd()
        {
            ConsoleRig rig = new ConsoleRig();
            string answer = rig.Type("pools\r");
            TableAssert.LinedUp(answer, PoolsHeadings, PoolsRight);
            Assert.AreEqual(rig.Plan.Registry.Count + 1, TableAssert.Lines(answer).Length);
        }

        [TestMethod]
        public void PoolsWidensForLongNamesAndLargeCounts()
        {
            MemoryPlan plan = new MemoryPlan("wide", 10000000);
            plan.Add(new ByteRing("a-ring-with-a-very-long-name", 1048576, OverflowPolicy.RejectNewest));
            plan.Add(new SlotPool("s", 2, 4));
            string answer = BareConsole.WithStandardCommands(plan).Type("pools\r\n");
            TableAssert.LinedUp(answer, PoolsHeadings, PoolsRight);
        }

        [TestMethod]
        public void PartsOfAPoolLineUpWithTheirHeader()
        {
            ConsoleRig rig = new ConsoleRig();
            string[] lines = TableAssert.Lines(rig.Type("pool messages\r"));
            int header = lines.Length - 3;
            Assert.IsTrue(lines[header].StartsWith("part "));
            TableAssert.LinedUp(lines, header, header + 1, lines.Length - 1,
                new string[] { "part", "capacity", "in use", "high", "failed", "faults", "fallbacks", "usage" },
                new bool[] { false, true, true, true, true, true, true, false }, 0);
            lines = TableAssert.Lines(rig.Type("pool buffers\r"));
            header = lines.Length - 3;
            TableAssert.LinedUp(lines, header, header + 1, lines.Length - 1,
                new string[] { "part", "capacity", "in use", "high", "failed", "faults", "overflow", "usage" },
                new bool[] { false, true, true, true, true, true, true, false }, 0);
        }

        [TestMethod]
        public void DetailLinesPutEveryValueInOneColumn()
        {
            ConsoleRig rig = new ConsoleRig();
            string[] commands = { "mem\r", "pool timers\r", "pool log\r", "pool messages\r", "pool buffers/flash\r" };
            for (int c = 0; c < commands.Length; c++)
            {
                string[] lines = TableAssert.Lines(rig.Type(commands[c]));
                for (int i = 0; i < lines.Length && !lines[i].StartsWith("part "); i++)
                {
                    string where = "'" + lines[i] + "' of " + commands[c];
                    Assert.IsTrue(lines[i].Length > ConsoleOutput.LabelWidth, where);
                    Assert.AreEqual(' ', lines[i][ConsoleOutput.LabelWidth - 1], where);
                    Assert.AreNotEqual(' ', lines[i][ConsoleOutput.LabelWidth], where);
                }
            }
        }

        [TestMethod]
        public void DriverDetailLinesPutEveryValueInOneColumn()
        {
            DriverCommandRig rig = new DriverCommandRig();
            string[] commands = { "timers", "flash" };
            for (int c = 0; c < commands.Length; c++)
            {
                string[] lines = TableAssert.Lines(rig.Type(commands[c]));
                for (int i = 0; i < lines.Length && !lines[i].StartsWith("timer "); i++)
                {
                    string where = "'" + lines[i] + "' of " + commands[c];
                    Assert.AreEqual(' ', lines[i][ConsoleOutput.LabelWidth - 1], where);
                    Assert.AreNotEqual(' ', lines[i][ConsoleOutput.LabelWidth], where);
                }
            }
        }

        [TestMethod]
        public void TheTimersTableLinesUpWithItsHeader()
        {
            string[] lines = TableAssert.Lines(new DriverCommandRig().Type("timers"));
            int header = lines.Length - 3;
            Assert.IsTrue(lines[header].StartsWith("timer "));
            TableAssert.LinedUp(lines, header, header + 1, lines.Length - 1,
                new string[] { "timer", "name", "mode", "every ms", "due in ms", "missed", "failures" },
                new bool[] { true, false, false, true, true, true, true }, 0);
        }

        [TestMethod]
        public void TableColumnsPadTextRightAlignNumbersAndLeaveNoTrailingSpaces()
        {
            MemorySerialPort port = new MemorySerialPort(256, 256);
            ConsoleOutput output = new ConsoleOutput(new ByteRing("out", 256, OverflowPolicy.OverwriteOldest), port);
            TableColumns table = new TableColumns(3);
            table.Add(0, 0, false);
            table.Add(2, 3, true);
            table.Add(1, 0, false);
            table.Reset();
            table.Fit(0, "name");
            table.Fit(0, "longer");
            table.FitNumber(1, -12345);
            table.Cell(output, 0, "name");
            table.Cell(output, 1, "n");
            table.Cell(output, 2, "x");
            output.NewLine();
            table.Cell(output, 0, "longer");
            table.NumberCell(output, 1, -12345);
            table.Cell(output, 2, "y");
            output.NewLine();
            table.Span(output, 0, 1, "total");
            table.Cell(output, 2, "z");
            output.Flush();
            output.Transmit();
            Assert.AreEqual("name         n x\r\nlonger  -12345 y\r\ntotal          z", port.TakeOutput());
            Assert.AreEqual(8, table.Start(1));
            Assert.AreEqual(15, table.Start(2));
        }

        private static string GpioOnStm32Pins()
        {
            SimulatedClock clock = new SimulatedClock();
            SimulatedGpioPort pins = new SimulatedGpioPort(176, clock);
            MemoryPlan plan = new MemoryPlan("stm32-pins", GpioTestRig.BudgetBytes);
            GpioDriver gpio = new GpioDriver(plan, pins, clock, 176, 4, 8, OverflowPolicy.RejectNewest);
            gpio.ClaimInput(0, "button", GpioMode.InputPullDown, 20000);
            gpio.ClaimOutput(157, "led", GpioMode.Output, false);
            gpio.ClaimOutput(149, "heartbeat", GpioMode.Output, false);
            gpio.Sample();
            BareConsole bare = new BareConsole();
            bare.Console.Commands.Add(new GpioCommand(gpio));
            return bare.Type("gpio\r\n");
        }
    }
}
