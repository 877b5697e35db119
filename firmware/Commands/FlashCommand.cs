using Keel.Console;
using Keel.Drivers.Flash;
using Keel.Drivers.Ports;

namespace Keel.Firmware.Commands
{
    /// <summary>The flash command: the record store's records, live and dead bytes, wear and failures; 'flash sectors' the erases of each sector, 'flash read ID' a record as a hex dump, 'flash erase' empties the store (needs unlock).</summary>
    public class FlashCommand : ConsoleCommand
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string EraseAction = "erase";
        private static readonly string UnknownAction = "unknown action ";
        private static readonly string SectorsAction = "sectors";
        private static readonly string ReadAction = "read";
        private static readonly string NoIdGiven = "give a record id";
        private static readonly string IdStart = "record id ";
        private static readonly string NotAnId = " is not a number";
        private static readonly string NoRecordStart = "no record ";
        private static readonly string NoRecordEnd = " in the store";
        private static readonly string ReadFailedStart = "record ";
        private static readonly string ReadFailedMiddle = " could not be read: ";
        private static readonly string CorruptText = "it fails its CRC check (corrupt)";
        private static readonly string FlashFailedText = "the flash reported a failed read";
        private static readonly string NotMountedText = "the store is not mounted";
        private static readonly string OtherResultText = "store result ";
        private static readonly string RecordStart = "record ";
        private static readonly string RecordMiddle = ": ";
        private static readonly string RecordGroup = "flash.record.";
        private static readonly string LengthKeyEnd = ".length=";
        private static readonly string HexKeyEnd = ".hex=";
        private static readonly string SectorHeading = "sector";
        private static readonly string ErasesHeading = "erases";
        private static readonly string UnknownErases = "unknown";
        private static readonly string SectorGroup = "flash.sector.";
        private static readonly string ErasesKeyEnd = ".erases=";
        private static readonly string[] SectorsHeadings = { SectorHeading, ErasesHeading };
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
        private static readonly string CorrectedKey = "flash.corrected_blocks";
        private static readonly string UnreadableSectorsKey = "flash.unreadable_sectors";
        private static readonly string LostBytesKey = "flash.lost_bytes";
        private static readonly string DamagedRecordsKey = "flash.damaged_records";
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
        private static readonly string CorrectedText = "corrected blocks";
        private static readonly string UnreadableSectorsText = "bad sectors";
        private static readonly string LostBytesText = "bytes lost";
        private static readonly string DamagedRecordsText = "records damaged";
        private static readonly string EraseUsage = "flash erase";
        private static readonly string EraseFailedStart = "flash erase: ";
        private static readonly string EraseFailedMiddle = " sectors failed to erase; mount returned ";
        private static readonly string EraseFailedMiddleOne = " sector failed to erase; mount returned ";
        private static readonly string ErasedSectorsKey = "flash.erased_sectors";
        private static readonly string ErasedStart = "flash erased: ";
        private static readonly string ErasedEnd = " sectors, store empty and mounted";

        private readonly RecordStore _store;
        private readonly INorFlash _flash;
        private readonly byte[] _record;
        private readonly TableColumns _sectors = new TableColumns(2);

        public FlashCommand(RecordStore store, INorFlash flash)
            : base("flash", "flash [sectors|read ID|erase]", "record store figures and damage found; sectors: erases of each; read: a record in hex; erase (needs unlock)")
        {
            _store = store;
            _flash = flash;
            _record = new byte[store.MaxRecordLength];
            _sectors.Add(0, 0, true);
            _sectors.Add(2, 0, true);
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
                output.Pair(CorrectedKey, statistics.CorrectedBlocks);
                output.Pair(UnreadableSectorsKey, statistics.UnreadableSectors);
                output.Pair(LostBytesKey, statistics.LostBytes);
                output.Pair(DamagedRecordsKey, statistics.DamagedRecords);
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
            output.Field(CorrectedText, statistics.CorrectedBlocks);
            output.Field(UnreadableSectorsText, statistics.UnreadableSectors);
            output.Field(LostBytesText, statistics.LostBytes, BytesUnit);
            output.Field(DamagedRecordsText, statistics.DamagedRecords);
        }

        /// <summary>flash sectors, read ID, erase: the action named by argument 0, each refusing words it does not take.</summary>
        private void RunAction(CommandContext context)
        {
            if (context.ArgumentIs(0, ReadAction))
            {
                Read(context);
                return;
            }

            bool erase = context.ArgumentIs(0, EraseAction);
            if (!erase && !context.ArgumentIs(0, SectorsAction))
            {
                context.UsageError(UnknownAction, 0, string.Empty);
                return;
            }

            if (context.ArgumentCount > 1)
            {
                context.UnexpectedArgument(1);
                return;
            }

            if (erase)
            {
                Erase(context);
            }
            else
            {
                Sectors(context);
            }
        }

        /// <summary>flash read ID: the record's bytes as a hex dump (--kv: its length and one run of hex).</summary>
        private void Read(CommandContext context)
        {
            int id;
            if (context.ArgumentCount == 1)
            {
                context.UsageError(NoIdGiven);
                return;
            }

            if (!context.TryParseArgument(1, out id))
            {
                context.UsageError(IdStart, 1, NotAnId);
                return;
            }

            if (context.ArgumentCount > 2)
            {
                context.UnexpectedArgument(2);
                return;
            }

            int length;
            StoreResult result = _store.TryRead(id, _record, 0, out length);
            if (result == StoreResult.UnknownId || result == StoreResult.InvalidArgument)
            {
                context.UsageError(NoRecordStart, 1, NoRecordEnd);
                return;
            }

            ConsoleOutput output = context.Output;
            if (result != StoreResult.Ok)
            {
                context.BeginError();
                output.Text(ReadFailedStart);
                output.Decimal(id);
                output.Text(ReadFailedMiddle);
                WriteResult(output, result);
                context.EndError();
                return;
            }

            if (context.KeyValue)
            {
                output.Text(RecordGroup);
                output.Decimal(id);
                output.Text(LengthKeyEnd);
                output.Decimal(length);
                output.NewLine();
                output.Text(RecordGroup);
                output.Decimal(id);
                output.Text(HexKeyEnd);
                HexDump.WriteRun(output, _record, 0, length);
                output.NewLine();
                return;
            }

            output.Text(RecordStart);
            output.Decimal(id);
            output.Text(RecordMiddle);
            output.Decimal(length);
            output.Text(BytesUnit);
            output.NewLine();
            HexDump.Write(output, _record, 0, length);
        }

        private static void WriteResult(ConsoleOutput output, StoreResult result)
        {
            switch (result)
            {
                case StoreResult.Corrupt:
                    output.Text(CorruptText);
                    return;
                case StoreResult.FlashFailed:
                    output.Text(FlashFailedText);
                    return;
                case StoreResult.NotMounted:
                    output.Text(NotMountedText);
                    return;
                default:
                    output.Text(OtherResultText);
                    output.Decimal((int)result);
                    return;
            }
        }

        /// <summary>flash sectors: the erases of each sector, as their headers record them.</summary>
        private void Sectors(CommandContext context)
        {
            ConsoleOutput output = context.Output;
            RecordStoreStatistics statistics = _store.Statistics;
            if (context.KeyValue)
            {
                for (int sector = 0; sector < _flash.SectorCount; sector++)
                {
                    output.Text(SectorGroup);
                    output.Decimal(sector);
                    output.Text(ErasesKeyEnd);
                    output.Decimal(statistics.SectorErases(sector));
                    output.NewLine();
                }

                return;
            }

            _sectors.FitHeadings(SectorsHeadings);
            for (int sector = 0; sector < _flash.SectorCount; sector++)
            {
                _sectors.FitNumber(0, sector);
                int erases = statistics.SectorErases(sector);
                _sectors.Fit(1, erases < 0 ? UnknownErases.Length : ConsoleOutput.DecimalLength(erases));
            }

            _sectors.Headings(output, SectorsHeadings);
            for (int sector = 0; sector < _flash.SectorCount; sector++)
            {
                int erases = statistics.SectorErases(sector);
                _sectors.NumberCell(output, 0, sector);
                if (erases < 0)
                {
                    _sectors.Cell(output, 1, UnknownErases);
                }
                else
                {
                    _sectors.NumberCell(output, 1, erases);
                }

                output.NewLine();
            }
        }

        private void Erase(CommandContext context)
        {
            if (!context.RequireUnlocked(EraseUsage))
            {
                return;
            }

            // The store erases and formats each sector itself, so the erase counts in the headers go on.
            int failed;
            StoreResult mounted = _store.TryErase(out failed);
            if (failed > 0 || mounted != StoreResult.Ok)
            {
                context.BeginError();
                context.Output.Text(EraseFailedStart);
                context.Output.Counted(failed, EraseFailedMiddleOne, EraseFailedMiddle);
                context.Output.Text(StoreResultText.Of(mounted));
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
