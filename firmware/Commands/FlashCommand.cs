using Keel.Console;
using Keel.Drivers.Flash;
using Keel.Drivers.Ports;

namespace Keel.Firmware.Commands
{
    /// <summary>The flash command: the record store's records, live and dead bytes, wear and failures; 'flash erase' empties it (needs unlock).</summary>
    public class FlashCommand : ConsoleCommand
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string EraseAction = "erase";
        private static readonly string UnknownAction = "unknown action ";
        private static readonly string MountedKey = "flash.mounted";
        private static readonly string RecordsKey = "flash.records";
        private static readonly string IndexCapacityKey = "flash.index_capacity";
        private static readonly string LiveBytesKey = "flash.live_bytes";
        private static readonly string DeadBytesKey = "flash.dead_bytes";
        private static readonly string FreeBytesKey = "flash.free_bytes";
        private static readonly string SectorsKey = "flash.sectors";
        private static readonly string SectorBytesKey = "flash.sector_bytes";
        private static readonly string ErasesMinKey = "flash.erases_min";
        private static readonly string ErasesMaxKey = "flash.erases_max";
        private static readonly string ReclaimsKey = "flash.reclaims";
        private static readonly string CrcFailuresKey = "flash.crc_failures";
        private static readonly string TornRecordsKey = "flash.torn_records";
        private static readonly string FlashFailuresKey = "flash.flash_failures";
        private static readonly string MountedText = "mounted";
        private static readonly string YesText = "yes";
        private static readonly string NoText = "no";
        private static readonly string RecordsText = "records";
        private static readonly string OfText = " of ";
        private static readonly string LiveBytesText = "live bytes";
        private static readonly string BytesUnit = " B";
        private static readonly string DeadBytesText = "dead bytes";
        private static readonly string FreeBytesText = "free bytes";
        private static readonly string SectorsText = "sectors";
        private static readonly string Times = " x ";
        private static readonly string ErasesMinMaxText = "erases min/max";
        private static readonly string ReclaimsText = "reclaims";
        private static readonly string CrcFailuresText = "crc failures";
        private static readonly string TornRecordsText = "torn records";
        private static readonly string FlashFailuresText = "flash failures";
        private static readonly string EraseUsage = "flash erase";
        private static readonly string EraseFailedStart = "flash erase: ";
        private static readonly string EraseFailedMiddle = " sectors failed to erase; mount returned ";
        private static readonly string EraseFailedMiddleOne = " sector failed to erase; mount returned ";
        private static readonly string EraseFailedEnd = " (see StoreResult)";
        private static readonly string ErasedSectorsKey = "flash.erased_sectors";
        private static readonly string ErasedStart = "flash erased: ";
        private static readonly string ErasedEnd = " sectors, store empty and mounted";

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
            if (context.ArgumentCount > 0)
            {
                RunAction(context);
                return;
            }

            RecordStoreStatistics statistics = _store.Statistics;
            ConsoleOutput output = context.Output;
            if (context.KeyValue)
            {
                output.Pair(MountedKey, _store.IsMounted ? 1 : 0);
                output.Pair(RecordsKey, statistics.Records);
                output.Pair(IndexCapacityKey, _store.IndexCapacity);
                output.Pair(LiveBytesKey, statistics.LiveBytes);
                output.Pair(DeadBytesKey, statistics.DeadBytes);
                output.Pair(FreeBytesKey, statistics.FreeBytes);
                output.Pair(SectorsKey, _flash.SectorCount);
                output.Pair(SectorBytesKey, _flash.SectorSize);
                output.Pair(ErasesMinKey, statistics.MinSectorErases);
                output.Pair(ErasesMaxKey, statistics.MaxSectorErases);
                output.Pair(ReclaimsKey, statistics.Reclaims);
                output.Pair(CrcFailuresKey, statistics.CrcFailuresAtMount);
                output.Pair(TornRecordsKey, statistics.TornRecordsAtMount);
                output.Pair(FlashFailuresKey, statistics.FlashFailures);
                return;
            }

            output.Field(MountedText, _store.IsMounted ? YesText : NoText);
            output.TextColumn(RecordsText, ConsoleOutput.LabelWidth);
            output.Decimal(statistics.Records);
            output.Text(OfText);
            output.Decimal(_store.IndexCapacity);
            output.NewLine();
            output.Field(LiveBytesText, statistics.LiveBytes, BytesUnit);
            output.Field(DeadBytesText, statistics.DeadBytes, BytesUnit);
            output.Field(FreeBytesText, statistics.FreeBytes, BytesUnit);
            output.TextColumn(SectorsText, ConsoleOutput.LabelWidth);
            output.Decimal(_flash.SectorCount);
            output.Text(Times);
            output.Decimal(_flash.SectorSize);
            output.Text(BytesUnit);
            output.NewLine();
            output.TextColumn(ErasesMinMaxText, ConsoleOutput.LabelWidth);
            output.Decimal(statistics.MinSectorErases);
            output.Character('/');
            output.Decimal(statistics.MaxSectorErases);
            output.NewLine();
            output.Field(ReclaimsText, statistics.Reclaims);
            output.Field(CrcFailuresText, statistics.CrcFailuresAtMount);
            output.Field(TornRecordsText, statistics.TornRecordsAtMount);
            output.Field(FlashFailuresText, statistics.FlashFailures);
        }

        /// <summary>flash erase: the action named by argument 0, each refusing words it does not take.</summary>
        private void RunAction(CommandContext context)
        {
            if (!context.ArgumentIs(0, EraseAction))
            {
                context.UsageError(UnknownAction, 0, string.Empty);
                return;
            }

            if (context.ArgumentCount > 1)
            {
                context.UnexpectedArgument(1);
                return;
            }

            Erase(context);
        }

        private void Erase(CommandContext context)
        {
            if (!context.RequireUnlocked(EraseUsage))
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
                context.Output.Text(EraseFailedStart);
                context.Output.Counted(failed, EraseFailedMiddleOne, EraseFailedMiddle);
                context.Output.Decimal((int)mounted);
                context.Output.Text(EraseFailedEnd);
                context.EndError();
                return;
            }

            if (context.KeyValue)
            {
                context.Output.Pair(ErasedSectorsKey, _flash.SectorCount);
                return;
            }

            context.Output.Text(ErasedStart);
            context.Output.Decimal(_flash.SectorCount);
            context.Output.Text(ErasedEnd);
            context.Output.NewLine();
        }
    }
}
