using Keel.Console;
using Keel.Drivers.Gpio;
using Keel.Drivers.Ports;
using Keel.Pools;

namespace Keel.Firmware.Commands
{
    /// <summary>The gpio command: every claimed pin (owner, mode, level, edges, bounces, drops), or writes an output pin (needs unlock).</summary>
    public class GpioCommand : ConsoleCommand
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string NoPinGiven = "give a pin and a level";
        private static readonly string LevelStart = "level ";
        private static readonly string NotALevel = " is not 0 or 1";
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

        private readonly GpioDriver _gpio;

        public GpioCommand(GpioDriver gpio)
            : base("gpio", "gpio [PIN 0|1]", "claimed pins with level, edges, bounces, drops; or writes an output (needs unlock)")
        {
            _gpio = gpio;
        }

        public override void Run(CommandContext context)
        {
            if (context.ArgumentCount == 0)
            {
                List(context);
                return;
            }

            int pin;
            int level;
            if (context.ArgumentCount != 2 || !context.TryParseArgument(0, out pin))
            {
                context.UsageError(NoPinGiven);
                return;
            }

            if (!context.TryParseArgument(1, out level) || (level != 0 && level != 1))
            {
                context.UsageError(LevelStart, 1, NotALevel);
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

            output.RightColumn(PinHeading, 3);
            output.Spaces(2);
            output.TextColumn(OwnerText, 12);
            output.TextColumn(ModeText, 16);
            output.TextColumn(LevelLabel, 5);
            output.RightColumn(EdgesText, 7);
            output.RightColumn(BouncesText, 8);
            output.RightColumn(DropsText, 7);
            output.NewLine();
            for (int entry = 0; entry < _gpio.ClaimedPins; entry++)
            {
                int handle = _gpio.HandleAt(entry);
                output.NumberColumn(_gpio.PinOf(handle), 3);
                output.Spaces(2);
                output.TextColumn(_gpio.OwnerOf(handle), 12);
                output.TextColumn(ModeName(_gpio.ModeOf(handle)), 16);
                output.TextColumn(LevelOf(handle) ? HighText : LowText, 5);
                output.NumberColumn(_gpio.Edges(handle), 7);
                output.NumberColumn(_gpio.Bounces(handle), 8);
                output.NumberColumn(_gpio.Drops(handle), 7);
                output.NewLine();
            }

            output.Text(TotalText);
            output.Spaces(45);
            output.NumberColumn(_gpio.TotalEdges, 7);
            output.NumberColumn(_gpio.TotalBounces, 8);
            output.NumberColumn(_gpio.TotalDrops, 7);
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
