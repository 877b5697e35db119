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
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string NoNameGiven = "name a pool (see 'pools')";
        private static readonly string NoPoolNamed = "no pool or ring named ";
        private static readonly string SeePools = " (see 'pools')";
        private static readonly string NameLabel = "name";
        private static readonly string KindLabel = "kind";
        private static readonly string CapacityLabel = "capacity";
        private static readonly string ItemBytesLabel = "item bytes";
        private static readonly string Times = " x ";
        private static readonly string BytesUnit = " B";
        private static readonly string OfMixedSizes = " of mixed sizes";
        private static readonly string StorageBytesLabel = "storage bytes";
        private static readonly string MetadataBytesLabel = "metadata bytes";
        private static readonly string InUseLabel = "in use";
        private static readonly string HighWaterLabel = "high water";
        private static readonly string FailuresLabel = "failures";
        private static readonly string FaultsLabel = "faults";
        private static readonly string NotesLabel = "notes";
        private static readonly string StaleHandlesLabel = "stale handles";
        private static readonly string DoubleReleasesLabel = "double releases";
        private static readonly string InvalidHandlesLabel = "invalid handles";
        private static readonly string OutOfBoundsLabel = "out of bounds";
        private static readonly string GuardOverwritesLabel = "guard overwrites";
        private static readonly string QuarantinedLabel = "quarantined";
        private static readonly string LastFaultLabel = "last fault";
        private static readonly string LastFaultSlotLabel = "last fault slot";
        private static readonly string WrittenLabel = "written";
        private static readonly string ReadLabel = "read";
        private static readonly string RejectedLabel = "rejected";
        private static readonly string OverwrittenLabel = "overwritten";
        private static readonly string OversizedLabel = "oversized";
        private static readonly string RequestedBytesLabel = "requested bytes";
        private static readonly string GrantedBytesLabel = "granted bytes";
        private static readonly string ReservedBlocksLabel = "reserved blocks";
        private static readonly string OverflowCapacityLabel = "overflow capacity";
        private static readonly string OverflowInUseLabel = "overflow in use";
        private static readonly string OverflowHighLabel = "overflow high";
        private static readonly string OwnerBorrowedLabel = "borrowed";
        private static readonly string PartLabel = "part";
        private static readonly string PartOfLabel = "part of";
        private static readonly string NoSlot = "none";

        private readonly PoolRegistry _registry;
        private readonly TableColumns _parts = PoolListing.NewTable(false, true);

        public PoolCommand(PoolRegistry registry)
            : base("pool", "pool NAME", "one pool or ring in detail, with its size classes or owners")
        {
            _registry = registry;
        }

        public override void Run(CommandContext context)
        {
            if (context.ArgumentCount == 0)
            {
                context.UsageError(NoNameGiven);
                return;
            }

            IPoolDiagnostics pool = Find(context);
            if (pool == null)
            {
                context.UsageError(NoPoolNamed, 0, SeePools);
                return;
            }

            if (context.ArgumentCount > 1)
            {
                context.UnexpectedArgument(1);
                return;
            }

            bool pairs = context.KeyValue;
            ConsoleOutput output = context.Output;
            WriteCommon(output, pairs, pool);
            WriteKindDetail(output, pairs, pool);
            WriteParts(output, pairs, pool, _parts);
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
                output.Field(NameLabel, name);
            }

            Field(output, pairs, name, KindLabel, pool.Kind);
            if (pairs)
            {
                output.Pair(PoolListing.Group, name, CapacityLabel, pool.Capacity);
                output.Pair(PoolListing.Group, name, ItemBytesLabel, pool.ItemBytes);
            }
            else
            {
                output.TextColumn(CapacityLabel, ConsoleOutput.LabelWidth);
                output.Decimal(pool.Capacity);
                if (pool.ItemBytes > 0)
                {
                    output.Text(Times);
                    output.Decimal(pool.ItemBytes);
                    output.Text(BytesUnit);
                }
                else
                {
                    output.Text(OfMixedSizes);
                }

                output.NewLine();
            }

            Field(output, pairs, name, StorageBytesLabel, pool.StorageBytes, BytesUnit);
            Field(output, pairs, name, MetadataBytesLabel, pool.MetadataBytes, BytesUnit);
            if (pairs)
            {
                output.Pair(PoolListing.Group, name, InUseLabel, pool.InUse);
            }
            else
            {
                output.TextColumn(InUseLabel, ConsoleOutput.LabelWidth);
                output.Decimal(pool.InUse);
                output.Spaces(2);
                output.UsageBar(pool.InUse, pool.HighWater, pool.Capacity, PoolListing.BarWidth);
                output.NewLine();
            }

            Field(output, pairs, name, HighWaterLabel, pool.HighWater);
            Field(output, pairs, name, FailuresLabel, pool.Failures);
            Field(output, pairs, name, FaultsLabel, pool.Faults);
            if (pairs || pool.Notes.Length > 0)
            {
                Field(output, pairs, name, NotesLabel, pool.Notes);
            }
        }

        /// <summary>The counters only some kinds keep: fault kinds, ring traffic, waste, overflow, borrowing.</summary>
        private static void WriteKindDetail(ConsoleOutput output, bool pairs, IPoolDiagnostics pool)
        {
            string name = pool.Name;
            SlotPool slots = SlotsOf(pool);
            if (slots != null)
            {
                Field(output, pairs, name, StaleHandlesLabel, slots.StaleHandles);
                Field(output, pairs, name, DoubleReleasesLabel, slots.DoubleReleases);
                Field(output, pairs, name, InvalidHandlesLabel, slots.InvalidHandles);
                Field(output, pairs, name, OutOfBoundsLabel, slots.OutOfBoundsAccesses);
                Field(output, pairs, name, GuardOverwritesLabel, slots.GuardOverwrites);
                Field(output, pairs, name, QuarantinedLabel, slots.Quarantined);
                Field(output, pairs, name, LastFaultLabel, PoolListing.FaultName(slots.LastFault));
                if (pairs || slots.LastFaultSlot >= 0)
                {
                    Field(output, pairs, name, LastFaultSlotLabel, slots.LastFaultSlot);
                }
                else
                {
                    output.Field(LastFaultSlotLabel, NoSlot);
                }
            }

            Ring ring = pool as Ring;
            if (ring != null)
            {
                Field(output, pairs, name, WrittenLabel, ring.TotalWritten);
                Field(output, pairs, name, ReadLabel, ring.TotalRead);
                Field(output, pairs, name, RejectedLabel, ring.Rejected);
                Field(output, pairs, name, OverwrittenLabel, ring.Overwritten);
            }

            SizeClassPool classes = pool as SizeClassPool;
            if (classes != null)
            {
                Field(output, pairs, name, OversizedLabel, classes.Oversized);
                Field(output, pairs, name, RequestedBytesLabel, classes.RequestedBytes, BytesUnit);
                Field(output, pairs, name, GrantedBytesLabel, classes.GrantedBytes, BytesUnit);
            }

            GrantPool grants = pool as GrantPool;
            if (grants != null)
            {
                Field(output, pairs, name, ReservedBlocksLabel, grants.ReservedBlocks);
                Field(output, pairs, name, OverflowCapacityLabel, grants.OverflowCapacity);
                Field(output, pairs, name, OverflowInUseLabel, grants.OverflowInUse);
                Field(output, pairs, name, OverflowHighLabel, grants.OverflowHighWater);
            }

            GrantOwner owner = pool as GrantOwner;
            if (owner != null)
            {
                Field(output, pairs, name, OwnerBorrowedLabel, owner.Borrowed);
            }
        }

        /// <summary>A table of the classes or owners; under --kv their summary pairs, each with part_of and what it borrowed.</summary>
        private static void WriteParts(ConsoleOutput output, bool pairs, IPoolDiagnostics pool, TableColumns table)
        {
            IPoolBreakdown parts = pool as IPoolBreakdown;
            if (parts == null || parts.PartCount == 0)
            {
                return;
            }

            if (!pairs)
            {
                PoolListing.FitHeader(table, PartLabel, false, parts.BorrowedLabel);
                for (int part = 0; part < parts.PartCount; part++)
                {
                    PoolListing.FitRow(table, parts.Part(part), false, true, parts.PartBorrowed(part));
                }

                PoolListing.Header(output, table, PartLabel, false, parts.BorrowedLabel);
            }

            for (int part = 0; part < parts.PartCount; part++)
            {
                IPoolDiagnostics child = parts.Part(part);
                if (pairs)
                {
                    output.Pair(PoolListing.Group, child.Name, PartOfLabel, pool.Name);
                    PoolListing.SummaryPairs(output, child);
                    output.Pair(PoolListing.Group, child.Name, parts.BorrowedLabel, parts.PartBorrowed(part));
                }
                else
                {
                    PoolListing.Row(output, table, child, false, true, parts.PartBorrowed(part));
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

        /// <summary>A figure with its unit (" B") for a person; under --kv the bare number, as every key's unit is in its name.</summary>
        private static void Field(ConsoleOutput output, bool pairs, string name, string label, long value, string unit)
        {
            if (pairs)
            {
                output.Pair(PoolListing.Group, name, label, value);
            }
            else
            {
                output.Field(label, value, unit);
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
