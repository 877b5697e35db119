using Keel.Console;
using Keel.Drivers.Gpio;
using Keel.Drivers.Ports;
using Keel.Pools;

namespace Keel.Firmware.Commands
{
    /// <summary>The gpio command: every claimed pin (owner, mode, level, edges, bounces, drops), or writes an output pin (needs unlock).</summary>
    public class GpioCommand : ConsoleCommand, IResettableStatistics
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string NoPinGiven = "give a pin and a level";
        private static readonly string LevelStart = "level ";
        private static readonly string NotALevel = " is not 0 or 1";
        private static readonly string NotAPin = " is not a pin number";
        private static readonly string PinStart = "pin ";
        private static readonly string NotAnOutput = " is not a claimed output (see 'gpio')";
        private static readonly string WriteUsage = "gpio PIN 0|1";
        private static readonly string GpioGroup = "gpio.";
        private static readonly string LevelKeyEnd = ".level=";
        private static readonly string SetHigh = " set high";
        private static readonly string SetLow = " set low";
        private static readonly string OwnerText = "owner";
        private static readonly string ModeText = "mode";
        private static readonly string LevelLabel = "level";
        private static readonly string EdgesText = "edges";
        private static readonly string BouncesText = "bounces";
        private static readonly string DropsText = "drops";
        private static readonly string ClaimedKey = "gpio.claimed";
        private static readonly string EdgesKey = "gpio.edges";
        private static readonly string BouncesKey = "gpio.bounces";
        private static readonly string DropsKey = "gpio.drops";
        private static readonly string PinHeading = "pin";
        private static readonly string HighText = "high";
        private static readonly string LowText = "low";
        private static readonly string TotalText = "total";
        private static readonly string InputPullDownText = "input pull-down";
        private static readonly string InputPullUpText = "input pull-up";
        private static readonly string OutputText = "output";
        private static readonly string OpenDrainText = "open drain";
        private static readonly string InputText = "input";
        private static readonly string[] Headings = { PinHeading, OwnerText, ModeText, LevelLabel, EdgesText, BouncesText, DropsText };

        private const int PinColumn = 0;
        private const int OwnerColumn = 1;
        private const int ModeColumn = 2;
        private const int LevelColumn = 3;
        private const int EdgesColumn = 4;
        private const int BouncesColumn = 5;
        private const int DropsColumn = 6;
        private const int Gap = 2;

        private readonly GpioDriver _gpio;
        private readonly TableColumns _table = new TableColumns(7);

        public GpioCommand(GpioDriver gpio)
            : base("gpio", "gpio [PIN 0|1]", "claimed pins with level, edges, bounces, drops; or writes an output (needs unlock)")
        {
            _gpio = gpio;
            _table.Add(0, 0, true);
            _table.Add(Gap, 0, false);
            _table.Add(Gap, 0, false);
            _table.Add(Gap, 0, false);
            _table.Add(Gap, 0, true);
            _table.Add(Gap, 0, true);
            _table.Add(Gap, 0, true);
        }

        /// <summary>'stats reset' names the GPIO counters so.</summary>
        public string StatisticsName => Name;

        /// <summary>Zeroes the edge, bounce and drop counters (stats reset).</summary>
        public void ResetStatistics() => _gpio.ResetStatistics();

        public override void Run(CommandContext context)
        {
            if (context.ArgumentCount == 0)
            {
                List(context);
                return;
            }

            int pin;
            int level;
            if (context.ArgumentCount == 1)
            {
                context.UsageError(NoPinGiven);
                return;
            }

            if (!context.TryParseArgument(0, out pin))
            {
                context.UsageError(PinStart, 0, NotAPin);
                return;
            }

            if (!context.TryParseArgument(1, out level) || (level != 0 && level != 1))
            {
                context.UsageError(LevelStart, 1, NotALevel);
                return;
            }

            if (context.ArgumentCount > 2)
            {
                context.UnexpectedArgument(2);
                return;
            }

            int handle = _gpio.HandleOf(pin);
            if (handle == PoolHandle.None || !IsOutput(_gpio.ModeOf(handle)))
            {
                context.UsageError(PinStart, 0, NotAnOutput);
                return;
            }

            if (!context.RequireUnlocked(WriteUsage))
            {
                return;
            }

            _gpio.Write(handle, level == 1);
            if (context.KeyValue)
            {
                context.Output.Text(GpioGroup);
                context.Output.Decimal(pin);
                context.Output.Text(LevelKeyEnd);
                context.Output.Decimal(level);
                context.Output.NewLine();
                return;
            }

            context.Output.Text(PinStart);
            context.Output.Decimal(pin);
            context.Output.Text(level == 1 ? SetHigh : SetLow);
            context.Output.NewLine();
        }

        private void List(CommandContext context)
        {
            ConsoleOutput output = context.Output;
            if (context.KeyValue)
            {
                for (int entry = 0; entry < _gpio.ClaimedPins; entry++)
                {
                    int handle = _gpio.HandleAt(entry);
                    int pin = _gpio.PinOf(handle);
                    Pair(output, pin, OwnerText);
                    output.Text(_gpio.OwnerOf(handle));
                    output.NewLine();
                    Pair(output, pin, ModeText);
                    output.Text(ModeName(_gpio.ModeOf(handle)));
                    output.NewLine();
                    Pair(output, pin, LevelLabel);
                    output.Decimal(LevelOf(handle) ? 1 : 0);
                    output.NewLine();
                    Pair(output, pin, EdgesText);
                    output.Decimal(_gpio.Edges(handle));
                    output.NewLine();
                    Pair(output, pin, BouncesText);
                    output.Decimal(_gpio.Bounces(handle));
                    output.NewLine();
                    Pair(output, pin, DropsText);
                    output.Decimal(_gpio.Drops(handle));
                    output.NewLine();
                }

                output.Pair(ClaimedKey, _gpio.ClaimedPins);
                output.Pair(EdgesKey, _gpio.TotalEdges);
                output.Pair(BouncesKey, _gpio.TotalBounces);
                output.Pair(DropsKey, _gpio.TotalDrops);
                return;
            }

            _table.FitHeadings(Headings);
            for (int entry = 0; entry < _gpio.ClaimedPins; entry++)
            {
                int handle = _gpio.HandleAt(entry);
                _table.FitNumber(PinColumn, _gpio.PinOf(handle));
                _table.Fit(OwnerColumn, _gpio.OwnerOf(handle));
                _table.Fit(ModeColumn, ModeName(_gpio.ModeOf(handle)));
                _table.FitNumber(EdgesColumn, _gpio.Edges(handle));
                _table.FitNumber(BouncesColumn, _gpio.Bounces(handle));
                _table.FitNumber(DropsColumn, _gpio.Drops(handle));
            }

            _table.FitNumber(EdgesColumn, _gpio.TotalEdges);
            _table.FitNumber(BouncesColumn, _gpio.TotalBounces);
            _table.FitNumber(DropsColumn, _gpio.TotalDrops);

            _table.Headings(output, Headings);
            for (int entry = 0; entry < _gpio.ClaimedPins; entry++)
            {
                int handle = _gpio.HandleAt(entry);
                _table.NumberCell(output, PinColumn, _gpio.PinOf(handle));
                _table.Cell(output, OwnerColumn, _gpio.OwnerOf(handle));
                _table.Cell(output, ModeColumn, ModeName(_gpio.ModeOf(handle)));
                _table.Cell(output, LevelColumn, LevelOf(handle) ? HighText : LowText);
                _table.NumberCell(output, EdgesColumn, _gpio.Edges(handle));
                _table.NumberCell(output, BouncesColumn, _gpio.Bounces(handle));
                _table.NumberCell(output, DropsColumn, _gpio.Drops(handle));
                output.NewLine();
            }

            _table.Span(output, PinColumn, LevelColumn, TotalText);
            _table.NumberCell(output, EdgesColumn, _gpio.TotalEdges);
            _table.NumberCell(output, BouncesColumn, _gpio.TotalBounces);
            _table.NumberCell(output, DropsColumn, _gpio.TotalDrops);
            output.NewLine();
        }

        /// <summary>An input's debounced level, or what was last written to an output.</summary>
        private bool LevelOf(int handle)
        {
            return IsOutput(_gpio.ModeOf(handle)) ? _gpio.LastWritten(handle) : _gpio.Level(handle);
        }

        private static void Pair(ConsoleOutput output, int pin, string key)
        {
            output.Text(GpioGroup);
            output.Decimal(pin);
            output.Character('.');
            output.Text(key);
            output.Character('=');
        }

        private static bool IsOutput(GpioMode mode)
        {
            return mode == GpioMode.Output || mode == GpioMode.OutputOpenDrain;
        }

        /// <summary>The mode as a constant string (no allocation).</summary>
        public static string ModeName(GpioMode mode)
        {
            switch (mode)
            {
                case GpioMode.InputPullDown: return InputPullDownText;
                case GpioMode.InputPullUp: return InputPullUpText;
                case GpioMode.Output: return OutputText;
                case GpioMode.OutputOpenDrain: return OpenDrainText;
                default: return InputText;
            }
        }
    }
}
