using Keel.Console;
using Keel.Drivers.Gpio;
using Keel.Drivers.Ports;
using Keel.Pools;

namespace Keel.Sim.Board
{
    /// <summary>The simulator's set command: drives an input pin the firmware claimed high or low, and keeps it there.</summary>
    public sealed class SetPinCommand : ConsoleCommand
    {
        private readonly SimulatedBoard _board;

        public SetPinCommand(SimulatedBoard board)
            : base("set", "set PIN 0|1", "simulator: drives an input pin low (0) or high (1) until set again")
        {
            _board = board;
        }

        public override void Run(CommandContext context)
        {
            if (context.ArgumentCount != 2)
            {
                if (context.ArgumentCount > 2)
                {
                    context.UnexpectedArgument(2);
                }
                else
                {
                    context.UsageError("give an input pin and a level, such as 'set " + _board.Config.ButtonPin + " 0'");
                }

                return;
            }

            int pin;
            int count = _board.Config.GpioPinCount;
            if (!context.TryParseArgument(0, out pin) || pin < 0 || pin >= count)
            {
                context.UsageError("board " + _board.Config.Name + " has pins 0 .. " + (count - 1) + ", not ", 0, "");
                return;
            }

            int level;
            if (!context.TryParseArgument(1, out level) || (level != 0 && level != 1))
            {
                context.UsageError("the level is 0 (low) or 1 (high), not ", 1, "");
                return;
            }

            GpioDriver gpio = _board.Firmware.Gpio;
            int handle = gpio == null ? PoolHandle.None : gpio.HandleOf(pin);
            if (handle == PoolHandle.None)
            {
                context.BeginError();
                context.Output.Text("pin " + pin + " is not claimed by the firmware, so nothing reads it; the inputs are " + Inputs(gpio));
                context.EndError();
                return;
            }

            GpioMode mode = gpio.ModeOf(handle);
            if (mode == GpioMode.Output || mode == GpioMode.OutputOpenDrain)
            {
                context.BeginError();
                context.Output.Text("pin " + pin + " (" + gpio.OwnerOf(handle) + ") is an output: the firmware drives it; 'set' takes an input: " + Inputs(gpio));
                context.EndError();
                return;
            }

            _board.Gpio.SetInput(pin, level == 1);
            if (context.KeyValue)
            {
                context.Output.Pair("set.pin", pin);
                context.Output.Pair("set.level", level);
                return;
            }

            context.Output.Text("pin " + pin + " (" + gpio.OwnerOf(handle) + ") set " + (level == 1 ? "high" : "low")
                + ": the firmware sees it after the pin's debounce time; it stays so until set again");
            context.Output.NewLine();
        }

        private static string Inputs(GpioDriver gpio)
        {
            string inputs = "";
            for (int entry = 0; gpio != null && entry < gpio.PinTable.Capacity; entry++)
            {
                int handle = gpio.HandleAt(entry);
                if (handle != PoolHandle.None && gpio.ModeOf(handle) != GpioMode.Output && gpio.ModeOf(handle) != GpioMode.OutputOpenDrain)
                {
                    inputs += (inputs.Length == 0 ? "" : ", ") + gpio.PinOf(handle) + " (" + gpio.OwnerOf(handle) + ")";
                }
            }

            return inputs.Length == 0 ? "none (the board did not boot)" : inputs;
        }
    }
}
