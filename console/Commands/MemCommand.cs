using Keel.Pools;

namespace Keel.Console.Commands
{
    /// <summary>The mem command: the managed heap (free now, at boot, lowest seen, garbage events) and the memory plan's totals against its budget.</summary>
    public class MemCommand : ConsoleCommand
    {
        private readonly MemoryPlan _plan;
        private readonly IHeapMonitor _heap;

        /// <param name="plan">The board's memory plan.</param>
        /// <param name="heap">The firmware's heap figures, or null while the firmware measures none.</param>
        public MemCommand(MemoryPlan plan, IHeapMonitor heap)
            : base("mem", "mem", "managed heap (now, at boot, lowest) and the memory plan's totals")
        {
            _plan = plan;
            _heap = heap;
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
                output.Pair("heap.measured", _heap != null ? 1 : 0);
                if (_heap != null)
                {
                    output.Pair("heap.free_bytes", _heap.FreeBytes);
                    output.Pair("heap.free_at_boot_bytes", _heap.FreeBytesAtBoot);
                    output.Pair("heap.lowest_free_bytes", _heap.LowestFreeBytes);
                    output.Pair("heap.garbage_events", _heap.GarbageEvents);
                }

                output.Pair("plan.storage_bytes", _plan.StorageBytes);
                output.Pair("plan.metadata_bytes", _plan.MetadataBytes);
                output.Pair("plan.total_bytes", _plan.TotalBytes);
                output.Pair("plan.budget_bytes", _plan.BudgetBytes);
                output.Pair("plan.headroom_bytes", _plan.HeadroomBytes);
                return;
            }

            if (_heap != null)
            {
                output.Field("heap free now", _heap.FreeBytes, " B");
                output.Field("heap free at boot", _heap.FreeBytesAtBoot, " B");
                output.Field("heap lowest free", _heap.LowestFreeBytes, " B");
                output.Field("garbage events", _heap.GarbageEvents);
            }
            else
            {
                output.Field("heap", "not measured (the firmware gave the console no heap monitor)");
            }

            output.Field("plan storage", _plan.StorageBytes, " B");
            output.Field("plan metadata", _plan.MetadataBytes, " B");
            output.TextColumn("plan total", ConsoleOutput.LabelWidth);
            output.Decimal(_plan.TotalBytes);
            output.Text(" B  ");
            output.UsageBar(_plan.TotalBytes, _plan.TotalBytes, _plan.BudgetBytes, PoolListing.BarWidth);
            output.NewLine();
            output.Field("plan budget", _plan.BudgetBytes, " B");
            output.Field("plan headroom", _plan.HeadroomBytes, _plan.FitsBudget ? " B" : " B  OVER BUDGET");
        }
    }
}
