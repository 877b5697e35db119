using Keel.Console;

namespace Keel.Sim.Board
{
    /// <summary>The simulator's cut command: cuts the power now, or arms the flash part to lose power in the middle of a coming write; the board then boots again and says what survived.</summary>
    public sealed class CutCommand : ConsoleCommand
    {
        private readonly SimulatedBoard _board;

        public CutCommand(SimulatedBoard board)
            : base("cut", "cut [BYTES]", "simulator: power cut now, or after BYTES more bytes written to flash; then boots")
        {
            _board = board;
        }

        public override void Run(CommandContext context)
        {
            if (context.ArgumentCount > 1)
            {
                context.UnexpectedArgument(1);
                return;
            }

            int bytes = -1;
            if (context.ArgumentCount == 1 && (!context.TryParseArgument(0, out bytes) || bytes < 0))
            {
                context.UsageError("BYTES is how many more bytes the flash programs before the power fails (0 or more), not ", 0, "");
                return;
            }

            _board.RequestCut(bytes);
            if (context.KeyValue)
            {
                context.Output.Pair("cut.after_bytes", bytes);
                return;
            }

            if (bytes >= 0)
            {
                context.Output.Text("armed: the power fails after " + bytes + " more bytes programmed to flash"
                    + " (a 'press' writes its log record and counter), in the middle of that write; the board then boots again");
                context.Output.NewLine();
            }
        }
    }
}
