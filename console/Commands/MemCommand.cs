using Keel.Pools;

namespace Keel.Console.Commands
{
    /// <summary>The mem command: the managed heap (free at boot, collections since boot, free now on request) and the memory plan's totals against its budget.</summary>
    /// <remarks>
    /// Plain mem never disturbs the heap. mem collect forces a full collection to measure the free
    /// heap now (a pause, and it says so); it changes no state, so it needs no unlock.
    /// </remarks>
    public class MemCommand : ConsoleCommand
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string CollectAction = "collect";
        private static readonly string MeasuredKey = "heap.measured";
        private static readonly string SimulatedKey = "heap.simulated";
        private static readonly string FreeNowKey = "heap.free_bytes";
        private static readonly string FreeAtBootKey = "heap.free_at_boot_bytes";
        private static readonly string CollectionsKey = "heap.collections";
        private static readonly string StorageKey = "plan.storage_bytes";
        private static readonly string MetadataKey = "plan.metadata_bytes";
        private static readonly string TotalKey = "plan.total_bytes";
        private static readonly string BudgetKey = "plan.budget_bytes";
        private static readonly string HeadroomKey = "plan.headroom_bytes";
        private static readonly string FreeNowLabel = "heap free now";
        private static readonly string FreeAtBootLabel = "heap free at boot";
        private static readonly string CollectionsLabel = "collections";
        private static readonly string Collected = " B (forced a collection to measure)";
        private static readonly string SinceBoot = " since boot";
        private static readonly string SimulatedBytes = " B (simulated)";
        private static readonly string SimulatedCollections = " since boot (simulated: a look after the loop allocated)";
        private static readonly string HeapLabel = "heap";
        private static readonly string NotMeasured = "not measured (the firmware gave the console no heap monitor)";
        private static readonly string StorageLabel = "plan storage";
        private static readonly string MetadataLabel = "plan metadata";
        private static readonly string TotalLabel = "plan total";
        private static readonly string BudgetLabel = "plan budget";
        private static readonly string HeadroomLabel = "plan headroom";
        private static readonly string BytesUnit = " B";
        private static readonly string BeforeBar = " B  ";
        private static readonly string OverBudget = " B  OVER BUDGET";
        private static readonly string NotAnAction = "unknown action ";

        private readonly MemoryPlan _plan;
        private readonly IHeapMonitor _heap;

        /// <param name="plan">The board's memory plan.</param>
        /// <param name="heap">The firmware's heap figures, or null while the firmware watches none.</param>
        public MemCommand(MemoryPlan plan, IHeapMonitor heap)
            : base("mem", "mem [collect]", "heap at boot, collections since boot, the plan's totals; collect: free heap now (a pause)")
        {
            _plan = plan;
            _heap = heap;
        }

        public override void Run(CommandContext context)
        {
            bool collect = context.ArgumentCount > 0 && context.ArgumentIs(0, CollectAction);
            if (context.ArgumentCount > 0 && !collect)
            {
                context.UsageError(NotAnAction, 0, string.Empty);
                return;
            }

            if (context.ArgumentCount > 1)
            {
                context.UnexpectedArgument(1);
                return;
            }

            ConsoleOutput output = context.Output;
            int freeNow = collect && _heap != null ? _heap.CollectAndMeasureFreeBytes() : 0;
            if (context.KeyValue)
            {
                WritePairs(output, collect, freeNow);
                return;
            }

            if (_heap != null)
            {
                if (collect)
                {
                    output.Field(FreeNowLabel, freeNow, _heap.IsSimulated ? SimulatedBytes : Collected);
                }

                output.Field(FreeAtBootLabel, _heap.FreeBytesAtBoot, _heap.IsSimulated ? SimulatedBytes : BytesUnit);
                output.Field(CollectionsLabel, _heap.Collections, _heap.IsSimulated ? SimulatedCollections : SinceBoot);
            }
            else
            {
                output.Field(HeapLabel, NotMeasured);
            }

            output.Field(StorageLabel, _plan.StorageBytes, BytesUnit);
            output.Field(MetadataLabel, _plan.MetadataBytes, BytesUnit);
            output.TextColumn(TotalLabel, ConsoleOutput.LabelWidth);
            output.Decimal(_plan.TotalBytes);
            output.Text(BeforeBar);
            output.UsageBar(_plan.TotalBytes, _plan.TotalBytes, _plan.BudgetBytes, PoolListing.BarWidth);
            output.NewLine();
            output.Field(BudgetLabel, _plan.BudgetBytes, BytesUnit);
            output.Field(HeadroomLabel, _plan.HeadroomBytes, _plan.FitsBudget ? BytesUnit : OverBudget);
        }

        private void WritePairs(ConsoleOutput output, bool collect, int freeNow)
        {
            output.Pair(MeasuredKey, _heap != null ? 1 : 0);
            if (_heap != null)
            {
                output.Pair(SimulatedKey, _heap.IsSimulated ? 1 : 0);
                if (collect)
                {
                    output.Pair(FreeNowKey, freeNow);
                }

                output.Pair(FreeAtBootKey, _heap.FreeBytesAtBoot);
                output.Pair(CollectionsKey, _heap.Collections);
            }

            output.Pair(StorageKey, _plan.StorageBytes);
            output.Pair(MetadataKey, _plan.MetadataBytes);
            output.Pair(TotalKey, _plan.TotalBytes);
            output.Pair(BudgetKey, _plan.BudgetBytes);
            output.Pair(HeadroomKey, _plan.HeadroomBytes);
        }
    }
}
