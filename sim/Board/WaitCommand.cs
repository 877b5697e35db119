using Keel.Console;

namespace Keel.Sim.Board
{
    /// <summary>The simulator's wait command: lets virtual time pass (the session runs the loop that long once the line has run; at a terminal it shows progress and Ctrl-C stops it).</summary>
    public sealed class WaitCommand : ConsoleCommand
    {
        private readonly SimulatedBoard _board;

        public WaitCommand(SimulatedBoard board)
            : base("wait", "wait TIME", "simulator: lets TIME pass (500ms, 2s, 5min); Ctrl-C stops a long one")
        {
            _board = board;
        }

        public override void Run(CommandContext context)
        {
            if (context.ArgumentCount == 0)
            {
                context.UsageError("give a time: " + SimDuration.Examples);
                return;
            }

            if (context.ArgumentCount > 1)
            {
                context.UnexpectedArgument(1);
                return;
            }

            string text = SimArgument.Of(context, 0);
            long microseconds;
            if (!SimDuration.TryParse(text, out microseconds))
            {
                string hint = SimDuration.Hint(text);
                context.UsageError("", 0, " is not a time: " + (hint ?? "give " + SimDuration.Examples));
                return;
            }

            _board.RequestWait(microseconds);
            if (context.KeyValue)
            {
                context.Output.Pair("wait.microseconds", microseconds);
            }
        }
    }
}
