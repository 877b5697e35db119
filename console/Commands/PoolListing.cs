using Keel.Pools;

namespace Keel.Console.Commands
{
    /// <summary>How the pool commands print a pool: table rows, detail lines and key=value pairs, shared by pools and pool NAME.</summary>
    public static class PoolListing
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string KindKey = "kind";
        private static readonly string CapacityKey = "capacity";
        private static readonly string InUseHeading = "in use";
        private static readonly string HighHeading = "high";
        private static readonly string FailedHeading = "failed";
        private static readonly string FaultsKey = "faults";
        private static readonly string UsageHeading = "  usage";
        private static readonly string ItemBytesKey = "item_bytes";
        private static readonly string InUseKey = "in_use";
        private static readonly string HighWaterKey = "high_water";
        private static readonly string FailuresKey = "failures";
        private static readonly string NoFault = "none";
        private static readonly string StaleHandle = "stale handle";
        private static readonly string DoubleRelease = "double release";
        private static readonly string InvalidHandle = "invalid handle";
        private static readonly string OutOfBounds = "out of bounds";
        private static readonly string Misuse = "misuse";
        private static readonly string GuardOverwritten = "guard overwritten";
        private static readonly string UnknownFault = "unknown";

        /// <summary>Cells of the usage bar.</summary>
        public const int BarWidth = 10;

        private const int NameWidth = 16;
        private const int KindWidth = 13;
        private const int CapacityWidth = 8;
        private const int CountWidth = 7;
        private const int BorrowedWidth = 10;

        /// <summary>Key prefix of every pool's pairs: "pool.NAME.key=value".</summary>
        public static readonly string Group = "pool";

        /// <summary>The header of a table; kind adds the kind column, borrowedLabel (when not null) a column of what parts borrowed.</summary>
        public static void Header(ConsoleOutput output, string firstColumn, bool kind, string borrowedLabel)
        {
            output.TextColumn(firstColumn, NameWidth);
            if (kind)
            {
                output.TextColumn(KindKey, KindWidth);
            }

            output.RightColumn(CapacityKey, CapacityWidth);
            output.RightColumn(InUseHeading, CountWidth);
            output.RightColumn(HighHeading, CountWidth);
            output.RightColumn(FailedHeading, CountWidth);
            output.RightColumn(FaultsKey, CountWidth);
            if (borrowedLabel != null)
            {
                output.RightColumn(borrowedLabel, BorrowedWidth);
            }

            output.Text(UsageHeading);
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
            output.Pair(Group, name, KindKey, pool.Kind);
            output.Pair(Group, name, CapacityKey, pool.Capacity);
            output.Pair(Group, name, ItemBytesKey, pool.ItemBytes);
            output.Pair(Group, name, InUseKey, pool.InUse);
            output.Pair(Group, name, HighWaterKey, pool.HighWater);
            output.Pair(Group, name, FailuresKey, pool.Failures);
            output.Pair(Group, name, FaultsKey, pool.Faults);
        }

        /// <summary>The fault as the console names it; the names are made once, so naming one allocates nothing.</summary>
        public static string FaultName(PoolFault fault)
        {
            switch (fault)
            {
                case PoolFault.None: return NoFault;
                case PoolFault.StaleHandle: return StaleHandle;
                case PoolFault.DoubleRelease: return DoubleRelease;
                case PoolFault.InvalidHandle: return InvalidHandle;
                case PoolFault.OutOfBounds: return OutOfBounds;
                case PoolFault.Misuse: return Misuse;
                case PoolFault.GuardOverwritten: return GuardOverwritten;
                default: return UnknownFault;
            }
        }
    }
}
