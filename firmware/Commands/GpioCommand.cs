using Keel.Console;
using Keel.Drivers.Gpio;
using Keel.Drivers.Ports;
using Keel.Pools;

namespace Keel.Firmware.Commands
{
    /// <summary>The gpio command: every claimed pin (owner, mode, level, edges, bounces, drops), or writes an output pin (needs unlock).</summary>
    public class GpioCommand : ConsoleCommand
    {
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
                context.UsageError("give a pin and a level");
                return;
            }

            if (!context.TryParseArgument(1, out level) || (level != 0 && level != 1))
            {
                context.UsageError("level ", 1, " is not 0 or 1");
                return;
            }

            int handle = _gpio.HandleOf(pin);
            if (handle == PoolHandle.None || !IsOutput(_gpio.ModeOf(handle)))
            {
                context.UsageError("pin ", 0, " is not a claimed output (see 'gpio')");
                return;
            }

            if (!context.RequireUnlocked("gpio PIN 0|1"))
            {
                return;
            }

            _gpio.Write(handle, level == 1);
            if (context.KeyValue)
            {
                context.Output.Text("gpio.");
                context.Output.Decimal(pin);
                context.Output.Text(".level=");
                context.Output.Decimal(level);
                context.Output.NewLine();
                return;
            }

            context.Output.Text("pin ");
            context.Output.Decimal(pin);
            context.Output.Text(level == 1 ? " set high" : " set low");
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
                    Pair(output, pin, "owner");
                    output.Text(_gpio.OwnerOf(handle));
                    output.NewLine();
                    Pair(output, pin, "mode");
                    output.Text(ModeName(_gpio.ModeOf(handle)));
                    output.NewLine();
                    Pair(output, pin, "level");
                    output.Decimal(LevelOf(handle) ? 1 : 0);
                    output.NewLine();
                    Pair(output, pin, "edges");
                    output.Decimal(_gpio.Edges(handle));
                    output.NewLine();
                    Pair(output, pin, "bounces");
                    output.Decimal(_gpio.Bounces(handle));
                    output.NewLine();
                    Pair(output, pin, "drops");
                    output.Decimal(_gpio.Drops(handle));
                    output.NewLine();
                }

                output.Pair("gpio.claimed", _gpio.ClaimedPins);
                output.Pair("gpio.edges", _gpio.TotalEdges);
                output.Pair("gpio.bounces", _gpio.TotalBounces);
                output.Pair("gpio.drops", _gpio.TotalDrops);
                return;
            }

            output.RightColumn("pin", 3);
            output.Spaces(2);
            output.TextColumn("owner", 12);
            output.TextColumn("mode", 16);
            output.TextColumn("level", 5);
            output.RightColumn("edges", 7);
            output.RightColumn("bounces", 8);
            output.RightColumn("drops", 7);
            output.NewLine();
            for (int entry = 0; entry < _gpio.ClaimedPins; entry++)
            {
                int handle = _gpio.HandleAt(entry);
                output.NumberColumn(_gpio.PinOf(handle), 3);
                output.Spaces(2);
                output.TextColumn(_gpio.OwnerOf(handle), 12);
                output.TextColumn(ModeName(_gpio.ModeOf(handle)), 16);
                output.TextColumn(LevelOf(handle) ? "high" : "low", 5);
                output.NumberColumn(_gpio.Edges(handle), 7);
                output.NumberColumn(_gpio.Bounces(handle), 8);
                output.NumberColumn(_gpio.Drops(handle), 7);
                output.NewLine();
            }

            output.Text("total");
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
            output.Text("gpio.");
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
                case GpioMode.InputPullDown: return "input pull-down";
                case GpioMode.InputPullUp: return "input pull-up";
                case GpioMode.Output: return "output";
                case GpioMode.OutputOpenDrain: return "open drain";
                default: return "input";
            }
        }
    }
}
