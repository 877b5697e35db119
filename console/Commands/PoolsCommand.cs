using Keel.Pools;

namespace Keel.Console.Commands
{
    /// <summary>The pools command: every registered pool and ring in one table, with a usage bar.</summary>
    public class PoolsCommand : ConsoleCommand
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string CountKey = "pools.count";
        private static readonly string NameHeading = "name";

        private readonly PoolRegistry _registry;
        private readonly TableColumns _table = PoolListing.NewTable(true, false);

        public PoolsCommand(PoolRegistry registry)
            : base("pools", "pools", "every pool and ring with use, high-water, failures and faults")
        {
            _registry = registry;
        }

        public override void Run(CommandContext context)
        {
            if (!context.ExpectNoArguments())
            {
                return;
            }

            ConsoleOutput output = context.Output;
            if (context.KeyValue)
            {
                for (int i = 0; i < _registry.Count; i++)
                {
                    PoolListing.SummaryPairs(output, _registry.Get(i));
                }

                output.Pair(CountKey, _registry.Count);
                return;
            }

            PoolListing.FitHeader(_table, NameHeading, true, null);
            for (int i = 0; i < _registry.Count; i++)
            {
                PoolListing.FitRow(_table, _registry.Get(i), true, false, 0);
            }

            PoolListing.Header(output, _table, NameHeading, true, null);
            for (int i = 0; i < _registry.Count; i++)
            {
                PoolListing.Row(output, _table, _registry.Get(i), true, false, 0);
            }
        }
    }
}
