using Keel.Pools;

namespace Keel.Console.Commands
{
    /// <summary>Boot helper: adds Keel's own commands (help, mem, pools, pool, check, uptime, stats, version, unlock, lock) to a console.</summary>
    public static class StandardCommands
    {
        /// <summary>How many commands <see cref="AddTo"/> adds: size the command table as this plus one per driver command.</summary>
        public const int Count = 10;

        /// <summary>Boot only: adds the standard commands, in the order help lists them.</summary>
        /// <param name="commands">The console's table (<see cref="SerialConsole.Commands"/>).</param>
        /// <param name="plan">The board's memory plan: its registry, totals and board name.</param>
        /// <param name="heap">The firmware's heap figures, or null while it measures none.</param>
        /// <param name="clock">Time since boot.</param>
        public static void AddTo(CommandTable commands, MemoryPlan plan, IHeapMonitor heap, IUptimeClock clock)
        {
            commands.Add(new HelpCommand());
            commands.Add(new MemCommand(plan, heap));
            commands.Add(new PoolsCommand(plan.Registry));
            commands.Add(new PoolCommand(plan.Registry));
            commands.Add(new CheckCommand(plan.Registry));
            commands.Add(new UptimeCommand(clock));
            commands.Add(new StatsCommand(plan.Registry));
            commands.Add(new VersionCommand(plan.BoardName));
            commands.Add(new LockCommand(false));
            commands.Add(new LockCommand(true));
        }
    }
}
