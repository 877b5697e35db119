using Keel.Console;

namespace Keel.Sim.Board
{
    /// <summary>The simulator's press command: presses the simulated button now and lets it go after a hold time, and says what the firmware will make of it.</summary>
    public sealed class PressCommand : ConsoleCommand
    {
        /// <summary>How long a press holds the button when no time is given, in milliseconds.</summary>
        public const int DefaultHoldMilliseconds = 100;

        private readonly SimulatedBoard _board;
        private long _releaseAt = -1;

        public PressCommand(SimulatedBoard board)
            : base("press", "press [MS]", "simulator: presses the button, held 100 ms or MS (then 'log', 'gpio')")
        {
            _board = board;
        }

        public override void Run(CommandContext context)
        {
            int hold = DefaultHoldMilliseconds;
            if (context.ArgumentCount > 1)
            {
                context.UnexpectedArgument(1);
                return;
            }

            if (context.ArgumentCount == 1 && (!context.TryParseArgument(0, out hold) || hold < 1))
            {
                context.UsageError("the hold time is a whole number of milliseconds (1 or more), not ", 0, "");
                return;
            }

            if (!_board.Firmware.IsRunning)
            {
                context.BeginError();
                context.Output.Text("the board did not boot (see the boot error above): no firmware reads the button; fix the board config");
                context.EndError();
                return;
            }

            int pin = _board.Config.ButtonPin;
            long now = _board.Clock.NowMicroseconds;
            if (now < _releaseAt)
            {
                context.BeginError();
                context.Output.Text("the button is already held, for ");
                context.Output.Text(SimDuration.Format(_releaseAt - now));
                context.Output.Text(" more; 'wait' until it is let go, then press again");
                context.EndError();
                return;
            }

            bool pressed = _board.Config.ButtonPressedHigh;
            if (_board.Gpio.LevelOf(pin) == pressed)
            {
                // 'set' holds the pin down until set again; a press would let it go when it ends.
                context.BeginError();
                context.Output.Text("the button is held down by 'set'; 'set ");
                context.Output.Decimal(pin);
                context.Output.Text(pressed ? " 0" : " 1");
                context.Output.Text("' lets it go, then press again");
                context.EndError();
                return;
            }

            _releaseAt = now + hold * 1000L;
            _board.Gpio.ScheduleInput(pin, now, pressed);
            _board.Gpio.ScheduleInput(pin, _releaseAt, !pressed);
            long debounce = _board.Config.ButtonDebounceMicroseconds;
            // The firmware takes a level once it has held for longer than the debounce time.
            bool bounce = hold * 1000L <= debounce;
            if (context.KeyValue)
            {
                context.Output.Pair("press.hold_milliseconds", hold);
                context.Output.Pair("press.debounce_milliseconds", debounce / 1000);
                context.Output.Pair("press.filtered", bounce ? 1 : 0);
                return;
            }

            context.Output.Text("button pressed for ");
            context.Output.Decimal(hold);
            context.Output.Text(" ms: ");
            if (bounce)
            {
                context.Output.Text("no longer than its ");
                context.Output.Decimal(debounce / 1000);
                context.Output.Text(" ms debounce, so the firmware will filter it as a bounce, not a press");
            }
            else
            {
                context.Output.Text("the firmware sees it after its ");
                context.Output.Decimal(debounce / 1000);
                context.Output.Text(" ms debounce ('wait', then 'log')");
            }

            context.Output.NewLine();
        }
    }
}
