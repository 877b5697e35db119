using Keel.Pools;

namespace Keel.Console.Commands
{
    /// <summary>The stats reset command: zeroes every pool's failures and faults and sets high-water marks to what is in use. Needs unlock.</summary>
    public class StatsCommand : ConsoleCommand
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string ResetAction = "reset";
        private static readonly string NoActionGiven = "say what to do with the statistics";
        private static readonly string UnknownAction = "unknown action ";
        private static readonly string ResetUsage = "stats reset";
        private static readonly string ResetKey = "stats.reset";
        private static readonly string ResetStart = "statistics reset for ";
        private static readonly string ResetEnd = " pools and rings";
        private static readonly string ResetEndOne = " pool or ring";

        private readonly PoolRegistry _registry;

        public StatsCommand(PoolRegistry registry)
            : base("stats", "stats reset", "zeroes failures and faults, high-water to in use (needs unlock)")
        {
            _registry = registry;
        }

        public override void Run(CommandContext context)
        {
            if (context.ArgumentCount == 0)
            {
                context.UsageError(NoActionGiven);
                return;
            }

            if (!context.ArgumentIs(0, ResetAction))
            {
                context.UsageError(UnknownAction, 0, string.Empty);
                return;
            }

            if (context.ArgumentCount > 1)
            {
                context.UnexpectedArgument(1);
                return;
            }

            if (!context.RequireUnlocked(ResetUsage))
            {
                return;
            }

            _registry.ResetStatistics();
            ConsoleOutput output = context.Output;
            if (context.KeyValue)
            {
                output.Pair(ResetKey, _registry.Count);
                return;
            }

            output.Text(ResetStart);
            output.Counted(_registry.Count, ResetEndOne, ResetEnd);
            output.NewLine();
        }
    }
}
