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
        private static readonly string UsageHeading = "usage";
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

        private const int Gap = 2;
        private const int CountWidth = 6;

        /// <summary>Key prefix of every pool's pairs: "pool.NAME.key=value".</summary>
        public static readonly string Group = "pool";

        /// <summary>Boot: the columns of a table of pools (name, kind when asked, capacity, in use, high, failed, faults, borrowed when asked, usage).</summary>
        public static TableColumns NewTable(bool kind, bool borrowed)
        {
            TableColumns table = new TableColumns(9);
            table.Add(0, 0, false);
            if (kind)
            {
                table.Add(Gap, 0, false);
            }

            table.Add(Gap, 0, true);
            table.Add(Gap, CountWidth, true);
            table.Add(Gap, CountWidth, true);
            table.Add(Gap, CountWidth, true);
            table.Add(Gap, CountWidth, true);
            if (borrowed)
            {
                table.Add(Gap, 0, true);
            }

            table.Add(Gap, BarWidth + 2, false);
            return table;
        }

        /// <summary>Starts fitting a table made by <see cref="NewTable"/> to its headings (kind: it has the kind column; borrowedLabel: the borrowed column's heading, or null when it has none).</summary>
        public static void FitHeader(TableColumns table, string firstColumn, bool kind, string borrowedLabel)
        {
            table.Reset();
            int column = 0;
            table.Fit(column++, firstColumn);
            if (kind)
            {
                table.Fit(column++, KindKey);
            }

            table.Fit(column++, CapacityKey);
            table.Fit(column++, InUseHeading);
            table.Fit(column++, HighHeading);
            table.Fit(column++, FailedHeading);
            table.Fit(column++, FaultsKey);
            if (borrowedLabel != null)
            {
                table.Fit(column, borrowedLabel);
            }
        }

        /// <summary>Widens the table for one row's cells (borrowed is fitted when the table has that column).</summary>
        public static void FitRow(TableColumns table, IPoolDiagnostics pool, bool kind, bool withBorrowed, int borrowed)
        {
            int column = 0;
            table.Fit(column++, pool.Name);
            if (kind)
            {
                table.Fit(column++, pool.Kind);
            }

            table.FitNumber(column++, pool.Capacity);
            table.FitNumber(column++, pool.InUse);
            table.FitNumber(column++, pool.HighWater);
            table.FitNumber(column++, pool.Failures);
            table.FitNumber(column++, pool.Faults);
            if (withBorrowed)
            {
                table.FitNumber(column, borrowed);
            }
        }

        /// <summary>The header of a table fitted by <see cref="FitHeader"/> and <see cref="FitRow"/>.</summary>
        public static void Header(ConsoleOutput output, TableColumns table, string firstColumn, bool kind, string borrowedLabel)
        {
            int column = 0;
            table.Cell(output, column++, firstColumn);
            if (kind)
            {
                table.Cell(output, column++, KindKey);
            }

            table.Cell(output, column++, CapacityKey);
            table.Cell(output, column++, InUseHeading);
            table.Cell(output, column++, HighHeading);
            table.Cell(output, column++, FailedHeading);
            table.Cell(output, column++, FaultsKey);
            if (borrowedLabel != null)
            {
                table.Cell(output, column++, borrowedLabel);
            }

            table.Cell(output, column, UsageHeading);
            output.NewLine();
        }

        /// <summary>One table row, matching <see cref="Header"/>; borrowed is printed when withBorrowed.</summary>
        public static void Row(ConsoleOutput output, TableColumns table, IPoolDiagnostics pool, bool kind, bool withBorrowed, int borrowed)
        {
            int column = 0;
            table.Cell(output, column++, pool.Name);
            if (kind)
            {
                table.Cell(output, column++, pool.Kind);
            }

            table.NumberCell(output, column++, pool.Capacity);
            table.NumberCell(output, column++, pool.InUse);
            table.NumberCell(output, column++, pool.HighWater);
            table.NumberCell(output, column++, pool.Failures);
            table.NumberCell(output, column++, pool.Faults);
            if (withBorrowed)
            {
                table.NumberCell(output, column++, borrowed);
            }

            table.BeginCell(output, column, BarWidth + 2);
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
