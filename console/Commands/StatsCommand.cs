using Keel.Pools;

namespace Keel.Console.Commands
{
    /// <summary>The stats reset command: zeroes every pool's failures and faults and sets high-water marks to what is in use. Needs unlock.</summary>
    public class StatsCommand : ConsoleCommand
    {
        private readonly PoolRegistry _registry;

        public StatsCommand(PoolRegistry registry)
            : base("stats", "stats reset", "zeroes failures and faults, high-water to in use (needs unlock)")
        {
            _registry = registry;
        }

        public override void Run(CommandContext context)
        {
            if (context.ArgumentCount != 1 || !context.ArgumentIs(0, "reset"))
            {
                if (context.ArgumentCount == 0)
                {
                    context.UsageError("say what to do with the statistics");
                }
                else
                {
                    context.UsageError("unknown action ", 0, "");
                }

                return;
            }

            if (!context.RequireUnlocked("stats reset"))
            {
                return;
            }

            _registry.ResetStatistics();
            ConsoleOutput output = context.Output;
            if (context.KeyValue)
            {
                output.Pair("stats.reset", _registry.Count);
                return;
            }

            output.Text("statistics reset for ");
            output.Decimal(_registry.Count);
            output.Text(" pools and rings");
            output.NewLine();
        }
    }
}
