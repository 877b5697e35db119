using Keel.Pools;

namespace Keel.Console.Commands
{
    /// <summary>The pool NAME command: one pool, ring, size class or grant in detail, with its classes or owners.</summary>
    /// <remarks>
    /// Each figure is one line, "label   value" for a person or "pool.NAME.label=value" (spaces
    /// in the label as '_') under --kv, so both listings always carry the same figures.
    /// </remarks>
    public class PoolCommand : ConsoleCommand
    {
        private readonly PoolRegistry _registry;

        public PoolCommand(PoolRegistry registry)
            : base("pool", "pool NAME", "one pool or ring in detail, with its size classes or owners")
        {
            _registry = registry;
        }

        public override void Run(CommandContext context)
        {
            if (context.ArgumentCount == 0)
            {
                context.UsageError("name a pool (see 'pools')");
                return;
            }

            if (context.ArgumentCount > 1)
            {
                context.UsageError("unexpected argument ", 1, "");
                return;
            }

            IPoolDiagnostics pool = Find(context);
            if (pool == null)
            {
                context.UsageError("no pool or ring named ", 0, " (see 'pools')");
                return;
            }

            bool pairs = context.KeyValue;
            ConsoleOutput output = context.Output;
            WriteCommon(output, pairs, pool);
            WriteKindDetail(output, pairs, pool);
            WriteParts(output, pairs, pool);
        }

        /// <summary>The entry or part named by argument 0, compared in place; null if none.</summary>
        private IPoolDiagnostics Find(CommandContext context)
        {
            for (int i = 0; i < _registry.Count; i++)
            {
                IPoolDiagnostics entry = _registry.Get(i);
                if (context.ArgumentIs(0, entry.Name))
                {
                    return entry;
                }

                IPoolBreakdown parts = entry as IPoolBreakdown;
                for (int part = 0; parts != null && part < parts.PartCount; part++)
                {
                    if (context.ArgumentIs(0, parts.Part(part).Name))
                    {
                        return parts.Part(part);
                    }
                }
            }

            return null;
        }

        private static void WriteCommon(ConsoleOutput output, bool pairs, IPoolDiagnostics pool)
        {
            string name = pool.Name;
            if (!pairs)
            {
                // Under --kv every key carries the name already.
                output.Field("name", name);
            }

            Field(output, pairs, name, "kind", pool.Kind);
            if (pairs)
            {
                output.Pair(PoolListing.Group, name, "capacity", pool.Capacity);
                output.Pair(PoolListing.Group, name, "item bytes", pool.ItemBytes);
            }
            else
            {
                output.TextColumn("capacity", ConsoleOutput.LabelWidth);
                output.Decimal(pool.Capacity);
                if (pool.ItemBytes > 0)
                {
                    output.Text(" x ");
                    output.Decimal(pool.ItemBytes);
                    output.Text(" B");
                }
                else
                {
                    output.Text(" of mixed sizes");
                }

                output.NewLine();
            }

            Field(output, pairs, name, "storage bytes", pool.StorageBytes);
            Field(output, pairs, name, "metadata bytes", pool.MetadataBytes);
            if (pairs)
            {
                output.Pair(PoolListing.Group, name, "in use", pool.InUse);
            }
            else
            {
                output.TextColumn("in use", ConsoleOutput.LabelWidth);
                output.Decimal(pool.InUse);
                output.Spaces(2);
                output.UsageBar(pool.InUse, pool.HighWater, pool.Capacity, PoolListing.BarWidth);
                output.NewLine();
            }

            Field(output, pairs, name, "high water", pool.HighWater);
            Field(output, pairs, name, "failures", pool.Failures);
            Field(output, pairs, name, "faults", pool.Faults);
            if (pairs || pool.Notes.Length > 0)
            {
                Field(output, pairs, name, "notes", pool.Notes);
            }
        }

        /// <summary>The counters only some kinds keep: fault kinds, ring traffic, waste, overflow, borrowing.</summary>
        private static void WriteKindDetail(ConsoleOutput output, bool pairs, IPoolDiagnostics pool)
        {
            string name = pool.Name;
            SlotPool slots = SlotsOf(pool);
            if (slots != null)
            {
                Field(output, pairs, name, "stale handles", slots.StaleHandles);
                Field(output, pairs, name, "double releases", slots.DoubleReleases);
                Field(output, pairs, name, "invalid handles", slots.InvalidHandles);
                Field(output, pairs, name, "out of bounds", slots.OutOfBoundsAccesses);
                Field(output, pairs, name, "guard overwrites", slots.GuardOverwrites);
                Field(output, pairs, name, "quarantined", slots.Quarantined);
                Field(output, pairs, name, "last fault", PoolListing.FaultName(slots.LastFault));
                Field(output, pairs, name, "last fault slot", slots.LastFaultSlot);
            }

            Ring ring = pool as Ring;
            if (ring != null)
            {
                Field(output, pairs, name, "written", ring.TotalWritten);
                Field(output, pairs, name, "read", ring.TotalRead);
                Field(output, pairs, name, "rejected", ring.Rejected);
                Field(output, pairs, name, "overwritten", ring.Overwritten);
            }

            SizeClassPool classes = pool as SizeClassPool;
            if (classes != null)
            {
                Field(output, pairs, name, "oversized", classes.Oversized);
                Field(output, pairs, name, "requested bytes", classes.RequestedBytes);
                Field(output, pairs, name, "granted bytes", classes.GrantedBytes);
            }

            GrantPool grants = pool as GrantPool;
            if (grants != null)
            {
                Field(output, pairs, name, "reserved blocks", grants.ReservedBlocks);
                Field(output, pairs, name, "overflow capacity", grants.OverflowCapacity);
                Field(output, pairs, name, "overflow in use", grants.OverflowInUse);
                Field(output, pairs, name, "overflow high", grants.OverflowHighWater);
            }

            GrantOwner owner = pool as GrantOwner;
            if (owner != null)
            {
                Field(output, pairs, name, "borrowed", owner.Borrowed);
            }
        }

        /// <summary>A table of the classes or owners; under --kv their summary pairs, each with part_of and what it borrowed.</summary>
        private static void WriteParts(ConsoleOutput output, bool pairs, IPoolDiagnostics pool)
        {
            IPoolBreakdown parts = pool as IPoolBreakdown;
            if (parts == null || parts.PartCount == 0)
            {
                return;
            }

            if (!pairs)
            {
                PoolListing.Header(output, "part", false, parts.BorrowedLabel);
            }

            for (int part = 0; part < parts.PartCount; part++)
            {
                IPoolDiagnostics child = parts.Part(part);
                if (pairs)
                {
                    output.Pair(PoolListing.Group, child.Name, "part of", pool.Name);
                    PoolListing.SummaryPairs(output, child);
                    output.Pair(PoolListing.Group, child.Name, parts.BorrowedLabel, parts.PartBorrowed(part));
                }
                else
                {
                    PoolListing.Row(output, child, false, true, parts.PartBorrowed(part));
                }
            }
        }

        private static void Field(ConsoleOutput output, bool pairs, string name, string label, long value)
        {
            if (pairs)
            {
                output.Pair(PoolListing.Group, name, label, value);
            }
            else
            {
                output.Field(label, value);
            }
        }

        private static void Field(ConsoleOutput output, bool pairs, string name, string label, string text)
        {
            if (pairs)
            {
                output.Pair(PoolListing.Group, name, label, text);
            }
            else
            {
                output.Field(label, text);
            }
        }

        /// <summary>The slot pool that keeps the per-kind fault counters: the pool itself, or the slots under its blocks.</summary>
        private static SlotPool SlotsOf(IPoolDiagnostics pool)
        {
            SlotPool slots = pool as SlotPool;
            if (slots != null)
            {
                return slots;
            }

            BlockPool blocks = pool as BlockPool;
            if (blocks != null)
            {
                return blocks.Slots;
            }

            GrantPool grants = pool as GrantPool;
            return grants != null ? grants.Slots : null;
        }
    }
}
