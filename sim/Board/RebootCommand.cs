using Keel.Console;

namespace Keel.Sim.Board
{
    /// <summary>The simulator's reboot command: restarts the firmware as the reset button would, keeping the flash.</summary>
    public sealed class RebootCommand : ConsoleCommand
    {
        private readonly SimulatedBoard _board;

        public RebootCommand(SimulatedBoard board)
            : base("reboot", "reboot", "simulator: restarts the firmware; the flash (boot counter, press log) is kept")
        {
            _board = board;
        }

        public override void Run(CommandContext context)
        {
            if (context.ExpectNoArguments())
            {
                _board.RequestReboot();
            }
        }
    }
}
