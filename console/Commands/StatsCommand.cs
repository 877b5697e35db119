using Keel.Pools;

namespace Keel.Console.Commands
{
    /// <summary>The stats reset command: zeroes every pool's failures and faults, sets high-water marks to what is in use, and zeroes the counters of every command that keeps some (gpio, timers). Needs unlock.</summary>
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
        private static readonly string CountersKey = "stats.reset_counters=";
        private static readonly string NameGap = ", ";
        private static readonly string Comma = ",";

        private readonly PoolRegistry _registry;

        public StatsCommand(PoolRegistry registry)
            : base("stats", "stats reset", "zeroes failures and faults, high-water to in use, driver counters (needs unlock)")
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
            CommandTable commands = context.Commands;
            for (int i = 0; i < commands.Count; i++)
            {
                IResettableStatistics counters = commands.Get(i) as IResettableStatistics;
                if (counters != null)
                {
                    counters.ResetStatistics();
                }
            }

            ConsoleOutput output = context.Output;
            if (context.KeyValue)
            {
                output.Pair(ResetKey, _registry.Count);
                output.Text(CountersKey);
                WriteNames(output, commands, Comma);
                output.NewLine();
                return;
            }

            output.Text(ResetStart);
            output.Counted(_registry.Count, ResetEndOne, ResetEnd);
            WriteNames(output, commands, NameGap);
            output.NewLine();
        }

        /// <summary>The names of the commands whose counters were reset: after a gap each on the line, separated by commas under --kv.</summary>
        private static void WriteNames(ConsoleOutput output, CommandTable commands, string separator)
        {
            bool first = true;
            for (int i = 0; i < commands.Count; i++)
            {
                IResettableStatistics counters = commands.Get(i) as IResettableStatistics;
                if (counters == null)
                {
                    continue;
                }

                output.Text(first && separator == Comma ? null : separator);
                output.Text(counters.StatisticsName);
                first = false;
            }
        }
    }
}
