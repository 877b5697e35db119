using Keel.Console;

namespace Keel.Sim.Board
{
    /// <summary>The simulator's quit and exit commands: end the session (a script ends there, successfully).</summary>
    public sealed class QuitCommand : ConsoleCommand
    {
        private readonly SimulatedBoard _board;

        /// <param name="board">The board whose session ends.</param>
        /// <param name="name">"quit" or "exit": both do the same.</param>
        public QuitCommand(SimulatedBoard board, string name)
            : base(name, name, "simulator: leaves the simulator (so does Ctrl-D; the flash image is kept)")
        {
            _board = board;
        }

        public override void Run(CommandContext context)
        {
            if (!context.ExpectNoArguments())
            {
                return;
            }

            _board.RequestQuit();
        }
    }
}
