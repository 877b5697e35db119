using System;

namespace Keel.Pools
{
    /// <summary>All the memory the firmware carves at boot: its sum against the board's budget, and the memory map.</summary>
    /// <remarks>
    /// Boot creates every pool and ring from the board config's constants, adds each here, then
    /// calls <see cref="CheckBudget"/> before entering the steady state. Set the budget below the
    /// board's free managed heap, leaving room for the runtime and the application's own objects.
    /// </remarks>
    public class MemoryPlan
    {
        private const int LargestConsumersNamed = 3;
        private const string Newline = "\n";

        private readonly string _boardName;
        private readonly int _budgetBytes;
        private readonly PoolRegistry _registry = new PoolRegistry();
        private int _storageBytes;
        private int _metadataBytes;

        /// <param name="boardName">Shown in the memory map and in the boot error.</param>
        /// <param name="budgetBytes">The most the plan may take (a const of the board config).</param>
        public MemoryPlan(string boardName, int budgetBytes)
        {
            if (budgetBytes < 0)
            {
                throw new ArgumentOutOfRangeException("budgetBytes", "Board '" + boardName + "' declares a memory budget of "
                    + budgetBytes + " bytes; set it to the bytes the pools may take (0 or more).");
            }

            _boardName = boardName;
            _budgetBytes = budgetBytes;
        }

        public string BoardName
        {
            get { return _boardName; }
        }

        public int BudgetBytes
        {
            get { return _budgetBytes; }
        }

        public int StorageBytes
        {
            get { return _storageBytes; }
        }

        public int MetadataBytes
        {
            get { return _metadataBytes; }
        }

        public int TotalBytes
        {
            get { return _storageBytes + _metadataBytes; }
        }

        /// <summary>Budget left over; negative when the plan does not fit.</summary>
        public int HeadroomBytes
        {
            get { return _budgetBytes - TotalBytes; }
        }

        public bool FitsBudget
        {
            get { return TotalBytes <= _budgetBytes; }
        }

        /// <summary>Every pool and ring added, by name.</summary>
        public PoolRegistry Registry
        {
            get { return _registry; }
        }

        /// <summary>Boot only: counts a pool or ring into the plan and registers it by name.</summary>
        public void Add(IPoolDiagnostics pool)
        {
            long total = (long)TotalBytes + pool.StorageBytes + pool.MetadataBytes;
            if (total > int.MaxValue)
            {
                throw new ArgumentOutOfRangeException("pool", "Adding '" + pool.Name + "' takes the memory plan of board '"
                    + _boardName + "' past 2 GB; no board has that. Check the capacities in the board config.");
            }

            _registry.Register(pool);
            _storageBytes += pool.StorageBytes;
            _metadataBytes += pool.MetadataBytes;
        }

        /// <summary>Boot: throws <see cref="MemoryBudgetException"/> naming the shortfall and the largest consumers when the plan does not fit.</summary>
        public void CheckBudget()
        {
            if (FitsBudget)
            {
                return;
            }

            string message = "Memory plan for board '" + _boardName + "' needs " + TotalBytes + " bytes ("
                + _storageBytes + " storage + " + _metadataBytes + " metadata) but the budget is " + _budgetBytes
                + " bytes: " + (-HeadroomBytes) + " bytes short. Largest consumers: " + LargestConsumers()
                + ". Lower these capacities in the board config class, or raise its memory budget if the board has the heap.";
            throw new MemoryBudgetException(message, TotalBytes, _budgetBytes);
        }

        /// <summary>
        /// Boot: one line per pool and ring (parts of size-class and grant pools indented beneath,
        /// not added again), then totals against the budget. It builds strings: call it at boot
        /// or from a diagnostic path that may allocate.
        /// </summary>
        public string RenderMap()
        {
            string map = "Memory map of board '" + _boardName + "'" + Newline
                + Cell("name", -22) + Cell("kind", -14) + Cell("count x size", -17)
                + Cell("storage", 9) + Cell("metadata", 9) + Cell("total", 9)
                + Cell("in use", 8) + Cell("high", 7) + Cell("failed", 8) + "  notes" + Newline;
            for (int i = 0; i < _registry.Count; i++)
            {
                IPoolDiagnostics pool = _registry.Get(i);
                IPoolBreakdown parts = pool as IPoolBreakdown;
                string notes = pool.Notes;
                if (parts != null && pool.ItemBytes == 0)
                {
                    // Only blocks of mixed sizes can be larger than asked for.
                    notes += (notes.Length > 0 ? "; " : "") + "requested " + parts.RequestedBytes.ToString()
                        + " B of " + parts.GrantedBytes.ToString() + " B granted";
                }

                map += Row(pool.Name, pool, notes);
                for (int part = 0; parts != null && part < parts.PartCount; part++)
                {
                    map += Row("  " + parts.Part(part).Name, parts.Part(part),
                        parts.BorrowedLabel + " " + parts.PartBorrowed(part).ToString());
                }
            }

            map += Cell("total", -53) + Number(_storageBytes) + Number(_metadataBytes) + Number(TotalBytes) + Newline;
            map += Cell("budget", -71) + Number(_budgetBytes) + Newline;
            if (FitsBudget)
            {
                int percentUsed = _budgetBytes == 0 ? 0 : (int)((long)TotalBytes * 100 / _budgetBytes);
                map += Cell("headroom", -71) + Number(HeadroomBytes) + "  (" + percentUsed.ToString() + "% of budget used)" + Newline;
            }
            else
            {
                map += Cell("OVER BUDGET BY", -71) + Number(-HeadroomBytes) + Newline;
            }

            return map;
        }

        /// <summary>Boot: one row of the memory map.</summary>
        private static string Row(string name, IPoolDiagnostics pool, string notes)
        {
            return Cell(name, -22) + Cell(pool.Kind, -14)
                + Cell(pool.Capacity.ToString(), 8) + " x " + Cell(ItemSize(pool), -6)
                + Number(pool.StorageBytes) + Number(pool.MetadataBytes) + Number(pool.StorageBytes + pool.MetadataBytes)
                + Cell(pool.InUse.ToString(), 8) + Cell(pool.HighWater.ToString(), 7) + Cell(pool.Failures.ToString(), 8)
                + (notes.Length > 0 ? "  " + notes : "") + Newline;
        }

        /// <summary>Boot: "name N B, name N B, …" for the biggest entries, largest first.</summary>
        private string LargestConsumers()
        {
            string text = "";
            int previousBytes = int.MaxValue;
            int previousPosition = -1;
            for (int named = 0; named < LargestConsumersNamed && named < _registry.Count; named++)
            {
                // Selection by (bytes descending, position ascending): boot-time, a handful of entries.
                int best = -1;
                int bestBytes = -1;
                for (int i = 0; i < _registry.Count; i++)
                {
                    int bytes = TotalOf(_registry.Get(i));
                    bool afterPrevious = bytes < previousBytes || (bytes == previousBytes && i > previousPosition);
                    if (afterPrevious && bytes > bestBytes)
                    {
                        best = i;
                        bestBytes = bytes;
                    }
                }

                IPoolDiagnostics pool = _registry.Get(best);
                text += (named == 0 ? "" : ", ") + pool.Name + " " + bestBytes.ToString() + " B ("
                    + pool.Kind + ", " + pool.Capacity.ToString() + " x " + ItemSize(pool) + ")";
                previousBytes = bestBytes;
                previousPosition = best;
            }

            return text;
        }

        /// <summary>Boot: the map's "count x size" cell.</summary>
        private static string ItemSize(IPoolDiagnostics pool)
        {
            return pool.ItemBytes == 0 ? "mixed" : pool.ItemBytes.ToString();
        }

        private static int TotalOf(IPoolDiagnostics pool)
        {
            return pool.StorageBytes + pool.MetadataBytes;
        }

        /// <summary>Boot: a number as the map prints it.</summary>
        private static string Number(int value)
        {
            return Cell(value.ToString(), 9);
        }

        /// <summary>Boot: pads to |width|: left-aligned when width is negative, right-aligned otherwise.</summary>
        private static string Cell(string text, int width)
        {
            return width < 0 ? text.PadRight(-width) : text.PadLeft(width);
        }
    }
}
