using Keel.Console;
using Keel.Drivers.Ports;
using Keel.Sim.Ports;

namespace Keel.Sim.Board
{
    /// <summary>The simulator's press command: presses the simulated button now and lets it go after a hold time.</summary>
    public sealed class PressCommand : ConsoleCommand
    {
        /// <summary>How long a press holds the button when no time is given, in milliseconds.</summary>
        public const int DefaultHoldMilliseconds = 100;

        private readonly SimulatedGpioPort _port;
        private readonly IClock _clock;
        private readonly int _pin;
        private readonly bool _pressedHigh;

        public PressCommand(SimulatedGpioPort port, IClock clock, int pin, bool pressedHigh)
            : base("press", "press [MS]", "simulated board only: presses the button, held 100 ms or MS (then 'log', 'gpio')")
        {
            _port = port;
            _clock = clock;
            _pin = pin;
            _pressedHigh = pressedHigh;
        }

        public override void Run(CommandContext context)
        {
            int hold = DefaultHoldMilliseconds;
            if (context.ArgumentCount > 1 || (context.ArgumentCount == 1 && (!context.TryParseArgument(0, out hold) || hold < 1)))
            {
                context.UsageError("give the hold time in milliseconds (1 or more)");
                return;
            }

            long now = _clock.NowMicroseconds;
            _port.ScheduleInput(_pin, now, _pressedHigh);
            _port.ScheduleInput(_pin, now + hold * 1000L, !_pressedHigh);
            if (context.KeyValue)
            {
                context.Output.Pair("press.hold_milliseconds", hold);
                return;
            }

            context.Output.Text("button pressed for ");
            context.Output.Decimal(hold);
            context.Output.Text(" ms (the firmware sees it once the debounce time has passed)");
            context.Output.NewLine();
        }
    }
}
