using Keel.Console;
using Keel.Drivers.Flash;
using Keel.Drivers.Ports;

namespace Keel.Firmware.Commands
{
    /// <summary>The flash command: the record store's records, live and dead bytes, wear and failures; 'flash erase' empties it (needs unlock).</summary>
    public class FlashCommand : ConsoleCommand
    {
        private readonly RecordStore _store;
        private readonly INorFlash _flash;

        public FlashCommand(RecordStore store, INorFlash flash)
            : base("flash", "flash [erase]", "record store: records, live/dead bytes, erases, reclaims, CRC failures; erase (needs unlock)")
        {
            _store = store;
            _flash = flash;
        }

        public override void Run(CommandContext context)
        {
            if (context.ArgumentCount == 1 && context.ArgumentIs(0, "erase"))
            {
                Erase(context);
                return;
            }

            if (!context.ExpectNoArguments())
            {
                return;
            }

            RecordStoreStatistics statistics = _store.Statistics;
            ConsoleOutput output = context.Output;
            if (context.KeyValue)
            {
                output.Pair("flash.mounted", _store.IsMounted ? 1 : 0);
                output.Pair("flash.records", statistics.Records);
                output.Pair("flash.index_capacity", _store.IndexCapacity);
                output.Pair("flash.live_bytes", statistics.LiveBytes);
                output.Pair("flash.dead_bytes", statistics.DeadBytes);
                output.Pair("flash.free_bytes", statistics.FreeBytes);
                output.Pair("flash.sectors", _flash.SectorCount);
                output.Pair("flash.sector_bytes", _flash.SectorSize);
                output.Pair("flash.erases_min", statistics.MinSectorErases);
                output.Pair("flash.erases_max", statistics.MaxSectorErases);
                output.Pair("flash.reclaims", statistics.Reclaims);
                output.Pair("flash.crc_failures", statistics.CrcFailuresAtMount);
                output.Pair("flash.torn_records", statistics.TornRecordsAtMount);
                output.Pair("flash.flash_failures", statistics.FlashFailures);
                return;
            }

            output.Field("mounted", _store.IsMounted ? "yes" : "no");
            output.TextColumn("records", ConsoleOutput.LabelWidth);
            output.Decimal(statistics.Records);
            output.Text(" of ");
            output.Decimal(_store.IndexCapacity);
            output.NewLine();
            output.Field("live bytes", statistics.LiveBytes, " B");
            output.Field("dead bytes", statistics.DeadBytes, " B");
            output.Field("free bytes", statistics.FreeBytes, " B");
            output.TextColumn("sectors", ConsoleOutput.LabelWidth);
            output.Decimal(_flash.SectorCount);
            output.Text(" x ");
            output.Decimal(_flash.SectorSize);
            output.Text(" B");
            output.NewLine();
            output.TextColumn("erases min/max", ConsoleOutput.LabelWidth);
            output.Decimal(statistics.MinSectorErases);
            output.Character('/');
            output.Decimal(statistics.MaxSectorErases);
            output.NewLine();
            output.Field("reclaims", statistics.Reclaims);
            output.Field("crc failures", statistics.CrcFailuresAtMount);
            output.Field("torn records", statistics.TornRecordsAtMount);
            output.Field("flash failures", statistics.FlashFailures);
        }

        private void Erase(CommandContext context)
        {
            if (!context.RequireUnlocked("flash erase"))
            {
                return;
            }

            int failed = 0;
            for (int sector = 0; sector < _flash.SectorCount; sector++)
            {
                if (_flash.EraseSector(sector) != FlashResult.Ok)
                {
                    failed++;
                }
            }

            StoreResult mounted = _store.TryMount();
            if (failed > 0 || mounted != StoreResult.Ok)
            {
                context.BeginError();
                context.Output.Text("flash erase: ");
                context.Output.Decimal(failed);
                context.Output.Text(" sectors failed to erase; mount returned ");
                context.Output.Decimal((int)mounted);
                context.Output.Text(" (see StoreResult)");
                context.EndError();
                return;
            }

            if (context.KeyValue)
            {
                context.Output.Pair("flash.erased_sectors", _flash.SectorCount);
                return;
            }

            context.Output.Text("flash erased: ");
            context.Output.Decimal(_flash.SectorCount);
            context.Output.Text(" sectors, store empty and mounted");
            context.Output.NewLine();
        }
    }
}
