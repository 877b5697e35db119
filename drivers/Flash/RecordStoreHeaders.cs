namespace Keel.Drivers.Flash
{
    /// <summary>The record store's sector headers at mount: what each sector is (free, open, to erase, doubtful), reclaims to finish or roll back, and the repair of sectors that need an erase.</summary>
    public partial class RecordStore
    {
        /// <summary>Reads one sector's header into the sector table; false only when the flash refused the read.</summary>
        private bool ReadSectorHeader(int sector)
        {
            int start = sector * _sectorSize;
            _states[sector] = SectorState.NeedsErase;
            _eraseCounts[sector] = -1;
            _sequences[sector] = 0;
            _sources[sector] = RecordLayout.NoSource;
            _sourceSequences[sector] = 0;
            _done[sector] = false;
            _erasing[sector] = false;
            _used[sector] = 0;
            if (!Read(start, _arena, _copy, _layout.FirstRecordOffset))
            {
                return false;
            }

            int open = _copy + _layout.OpenOffset;
            int done = _copy + _layout.DoneOffset;
            bool formatValid = CheckBlock(_copy, 8) != BlockInvalid;
            uint magic = LittleEndian.ReadUInt32(_arena, _copy);
            formatValid = formatValid && (magic == RecordLayout.Magic || magic == RecordLayout.LegacyMagic);
            bool openBlank = IsAll(open, _layout.OpenRegion, 0xFF);
            bool openValid = !openBlank && CheckBlock(open, 12) != BlockInvalid;
            if (formatValid)
            {
                _eraseCounts[sector] = (int)LittleEndian.ReadUInt32(_arena, _copy + 4);
                if (_eraseCounts[sector] > _highestEraseCountFound)
                {
                    _highestEraseCountFound = _eraseCounts[sector];
                }
            }

            if (openValid)
            {
                if (!formatValid)
                {
                    // Its erase count is lost, its records are not: the open block places the sector in the log.
                    _crcFailuresFound++;
                }

                _sequences[sector] = LittleEndian.ReadUInt32(_arena, open);
                _sources[sector] = LittleEndian.ReadUInt16(_arena, open + 4);
                _sourceSequences[sector] = LittleEndian.ReadUInt32(_arena, open + 8);
                _done[sector] = RecordLayout.IsWritten(_arena, done, _unit);
                _states[sector] = SectorState.Open;
                if (_sequences[sector] > _lastSequence)
                {
                    _lastSequence = _sequences[sector];
                }

                return true;
            }

            bool restBlank = IsAll(done, _unit, 0xFF) && IsBlank(start + _layout.FirstRecordOffset, _dataCapacity);
            if (formatValid)
            {
                // Nothing is written into a sector before it is opened: with the open block blank or
                // torn (a cut while it was programmed) and nothing after it, the sector holds nothing.
                if (restBlank)
                {
                    _states[sector] = openBlank ? SectorState.Free : SectorState.NeedsErase;
                }
                else if (!openBlank)
                {
                    // Records behind an open block that cannot be proven: their place in the log is unknown.
                    _crcFailuresFound++;
                    _states[sector] = SectorState.Doubtful;
                }

                return true;
            }

            // No format block. Blank, a failed erase's zeroed block, and an erase cut short (it only
            // sets bits, so the magic's 1 bits are still 1) hold nothing; anything else is examined.
            // An erase cut short leaves nothing that proves itself; damage to a live sector's header
            // may look the same, so the sector is examined either way and erased in silence only
            // when no record header in it proves itself.
            bool retired = RecordLayout.IsZeroed(_arena, _copy, _layout.FormatRegion);
            _erasing[sector] = (magic & RecordLayout.Magic) == RecordLayout.Magic || (magic & RecordLayout.LegacyMagic) == RecordLayout.LegacyMagic;
            if (!restBlank && !retired)
            {
                _states[sector] = SectorState.Doubtful;
            }

            return true;
        }

        /// <summary>A committed reclaim makes its source obsolete; an unfinished one is rolled back (its destination erased).</summary>
        private void ResolveReclaims()
        {
            // A reclaim always takes the oldest open sector, so once a committed reclaim has taken
            // the sector of sequence s, no open sector of a sequence up to s holds anything current:
            // it is that source (its erase not done yet) or an older one whose erase failed.
            uint reclaimedUpTo = 0;
            for (int sector = 0; sector < _sectorCount; sector++)
            {
                if (_states[sector] == SectorState.Open && _done[sector] && _sources[sector] != RecordLayout.NoSource
                    && _sourceSequences[sector] > reclaimedUpTo)
                {
                    reclaimedUpTo = _sourceSequences[sector];
                }
            }

            for (int sector = 0; sector < _sectorCount; sector++)
            {
                bool obsolete = _sequences[sector] <= reclaimedUpTo;
                bool unfinished = _sources[sector] != RecordLayout.NoSource && !_done[sector];
                if (_states[sector] == SectorState.Open && (obsolete || unfinished))
                {
                    _states[sector] = SectorState.NeedsErase;
                }
            }
        }

        /// <summary>Erases and formats every sector that needs it; false when one could not be.</summary>
        private bool RepairSectors()
        {
            bool allRepaired = true;
            for (int sector = 0; sector < _sectorCount; sector++)
            {
                if (_states[sector] == SectorState.NeedsErase && !Discard(sector))
                {
                    allRepaired = false;
                }
            }

            return allRepaired;
        }
    }
}
