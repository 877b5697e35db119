using Keel.Pools;

namespace Keel.Console.Commands
{
    /// <summary>How the pool commands print a pool: table rows, detail lines and key=value pairs, shared by pools and pool NAME.</summary>
    public static class PoolListing
    {
        /// <summary>Cells of the usage bar.</summary>
        public const int BarWidth = 10;

        private const int NameWidth = 16;
        private const int KindWidth = 13;
        private const int CapacityWidth = 8;
        private const int CountWidth = 7;
        private const int BorrowedWidth = 10;

        /// <summary>Key prefix of every pool's pairs: "pool.NAME.key=value".</summary>
        public const string Group = "pool";

        /// <summary>The header of a table; kind adds the kind column, borrowedLabel (when not null) a column of what parts borrowed.</summary>
        public static void Header(ConsoleOutput output, string firstColumn, bool kind, string borrowedLabel)
        {
            output.TextColumn(firstColumn, NameWidth);
            if (kind)
            {
                output.TextColumn("kind", KindWidth);
            }

            output.RightColumn("capacity", CapacityWidth);
            output.RightColumn("in use", CountWidth);
            output.RightColumn("high", CountWidth);
            output.RightColumn("failed", CountWidth);
            output.RightColumn("faults", CountWidth);
            if (borrowedLabel != null)
            {
                output.RightColumn(borrowedLabel, BorrowedWidth);
            }

            output.Text("  usage");
            output.NewLine();
        }

        /// <summary>One table row, matching <see cref="Header"/>; borrowed is printed when withBorrowed.</summary>
        public static void Row(ConsoleOutput output, IPoolDiagnostics pool, bool kind, bool withBorrowed, int borrowed)
        {
            output.TextColumn(pool.Name, NameWidth);
            if (kind)
            {
                output.TextColumn(pool.Kind, KindWidth);
            }

            output.NumberColumn(pool.Capacity, CapacityWidth);
            output.NumberColumn(pool.InUse, CountWidth);
            output.NumberColumn(pool.HighWater, CountWidth);
            output.NumberColumn(pool.Failures, CountWidth);
            output.NumberColumn(pool.Faults, CountWidth);
            if (withBorrowed)
            {
                output.NumberColumn(borrowed, BorrowedWidth);
            }

            output.Spaces(2);
            output.UsageBar(pool.InUse, pool.HighWater, pool.Capacity, BarWidth);
            output.NewLine();
        }

        /// <summary>The pairs every pool has: kind, capacity, item_bytes, in_use, high_water, failures, faults.</summary>
        public static void SummaryPairs(ConsoleOutput output, IPoolDiagnostics pool)
        {
            string name = pool.Name;
            output.Pair(Group, name, "kind", pool.Kind);
            output.Pair(Group, name, "capacity", pool.Capacity);
            output.Pair(Group, name, "item_bytes", pool.ItemBytes);
            output.Pair(Group, name, "in_use", pool.InUse);
            output.Pair(Group, name, "high_water", pool.HighWater);
            output.Pair(Group, name, "failures", pool.Failures);
            output.Pair(Group, name, "faults", pool.Faults);
        }

        /// <summary>The fault as the console names it; a literal, so naming it allocates nothing.</summary>
        public static string FaultName(PoolFault fault)
        {
            switch (fault)
            {
                case PoolFault.None: return "none";
                case PoolFault.StaleHandle: return "stale handle";
                case PoolFault.DoubleRelease: return "double release";
                case PoolFault.InvalidHandle: return "invalid handle";
                case PoolFault.OutOfBounds: return "out of bounds";
                case PoolFault.Misuse: return "misuse";
                case PoolFault.GuardOverwritten: return "guard overwritten";
                default: return "unknown";
            }
        }
    }
}
