using Keel.Drivers.Ports;

namespace Keel.Drivers.Flash
{
    /// <summary>The record store's mount scan: sector headers, reclaims to finish or roll back, the replay of the log, and damage found on the way.</summary>
    /// <remarks>
    /// Every read here is retried; one that still fails sets the read-failed flag and the mount
    /// stops before anything is erased or programmed. What the scan proves corrupt is counted, and
    /// each id whose latest value it cannot prove is marked damaged (MarkLost): never skipped so
    /// that an older value shows through.
    /// </remarks>
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

        /// <summary>Replays the open sectors oldest first; the newest becomes the active one. False when a read failed.</summary>
        private bool ReplayOpenSectors()
        {
            uint previous = 0;
            while (true)
            {
                int next = LowestSector(SectorState.Open, true, previous);
                if (next == NoSector)
                {
                    return true;
                }

                if (!ScanSector(next))
                {
                    return false;
                }

                _active = next;
                previous = _sequences[next];
            }
        }

        /// <summary>Applies one open sector's records to the index in the order they were written and finds where appends go on.</summary>
        private bool ScanSector(int sector)
        {
            int start = sector * _sectorSize;
            int position = _layout.FirstRecordOffset;
            int smallest = _layout.RecordBytes(0);
            int headerEnd = _layout.PayloadOffset;
            while (position + smallest <= _sectorSize)
            {
                int address = start + position;
                if (!Read(address, _arena, _copy, headerEnd))
                {
                    return false;
                }

                if (IsAll(_copy, headerEnd, 0xFF))
                {
                    // The end of the log, unless something was programmed further on (never, short of damage).
                    int written = CountWritten(address + headerEnd, _sectorSize - position - headerEnd);
                    if (written < 0)
                    {
                        return false;
                    }

                    if (written > 0)
                    {
                        _crcFailuresFound++;
                        position = _sectorSize;
                    }

                    break;
                }

                bool committed = RecordLayout.IsWritten(_arena, _copy, _unit);
                int length = ValidHeaderLength(position, true);
                if (length >= 0)
                {
                    int header = _copy + _unit;
                    int id = LittleEndian.ReadUInt16(_arena, header);
                    int size = _layout.RecordBytes(length);
                    if (!committed)
                    {
                        _tornRecordsFound++;
                    }
                    else if (id == RecordLayout.LossId)
                    {
                        int check = PayloadCheck(address, length);
                        if (check < 0)
                        {
                            return false;
                        }

                        ApplyLossRecord(check > 0 ? address : -1);
                    }
                    else if (length > _maxRecordLength)
                    {
                        // The newest value is longer than this config holds. It still supersedes
                        // the older value, so forget the id rather than serve stale data.
                        _tooLongFound = true;
                        ApplyToIndex(id, RecordLayout.KindDelete, address, 0);
                    }
                    else
                    {
                        int check = PayloadCheck(address, length);
                        if (check < 0)
                        {
                            return false;
                        }

                        if (check > 0)
                        {
                            ApplyToIndex(id, _arena[header + 4], address, length);
                        }
                        else
                        {
                            // Proven corrupt: the id's latest value here is lost, and reads must say so.
                            _crcFailuresFound++;
                            _lostBytesFound += size;
                            MarkLost(id, address);
                        }
                    }

                    position += size;
                }
                else if (committed)
                {
                    // A committed record whose header cannot be proven: its id and extent are lost.
                    // Any id held so far may have had its newest value in it; go on at the next
                    // record that proves itself.
                    _crcFailuresFound++;
                    int next = NextRecord(start, position + _unit);
                    if (next < 0)
                    {
                        return false;
                    }

                    int lost = next < _sectorSize ? next - position : CountWritten(address, _sectorSize - position);
                    if (lost < 0)
                    {
                        return false;
                    }

                    _lostBytesFound += lost;
                    MarkAllLost();
                    position = next;
                }
                else
                {
                    // Torn while its header was programmed: nothing of it lies past the header.
                    _tornRecordsFound++;
                    position += headerEnd;
                }
            }

            _used[sector] = position - _layout.FirstRecordOffset;
            if (_used[sector] > _dataCapacity)
            {
                _used[sector] = _dataCapacity;
            }

            return true;
        }

        /// <summary>The offset, from from on, of the next committed record with a valid header in the sector starting at start; the sector size when none; -1 when a read failed.</summary>
        private int NextRecord(int start, int from)
        {
            int smallest = _layout.RecordBytes(0);
            for (int position = from; position + smallest <= _sectorSize; position += _unit)
            {
                if (!Read(start + position, _arena, _copy, _layout.PayloadOffset))
                {
                    return -1;
                }

                if (RecordLayout.IsWritten(_arena, _copy, _unit) && ValidHeaderLength(position, false) >= 0)
                {
                    return position;
                }
            }

            return _sectorSize;
        }

        /// <summary>
        /// The payload length of the header in the copy buffer (corrected when correct and one bit
        /// flipped), or -1 when the header is not a valid, fitting one.
        /// </summary>
        private int ValidHeaderLength(int position, bool correct)
        {
            int header = _copy + _unit;
            if (correct ? CheckBlock(header, RecordLayout.HeaderCoveredBytes) == BlockInvalid
                : Crc32.Compute(_arena, header, RecordLayout.HeaderCoveredBytes) != LittleEndian.ReadUInt32(_arena, header + RecordLayout.HeaderCoveredBytes))
            {
                return -1;
            }

            int id = LittleEndian.ReadUInt16(_arena, header);
            int length = LittleEndian.ReadUInt16(_arena, header + 2);
            byte kind = _arena[header + 4];
            bool loss = id == RecordLayout.LossId && kind == RecordLayout.KindLoss && length == RecordLayout.LossLength;
            bool kindValid = kind == RecordLayout.KindData
                || ((kind == RecordLayout.KindDelete || kind == RecordLayout.KindDamaged) && length == 0);
            if ((id > RecordLayout.MaxId || !kindValid) && !loss || position + _layout.RecordBytes(length) > _sectorSize)
            {
                return -1;
            }

            return length;
        }

        /// <summary>
        /// Reads the payload and CRC of the record whose header is in the copy buffer into the page
        /// buffer and checks them (one flipped bit corrected): 1 sound, 0 proven corrupt, -1 when
        /// the read failed (never taken for a mismatch).
        /// </summary>
        private int PayloadCheck(int address, int length)
        {
            if (!Read(address + _layout.PayloadOffset, _arena, _page, length + RecordLayout.CrcBytes))
            {
                return -1;
            }

            int header = _copy + _unit;
            uint crc = Crc32.Update(Crc32.Start, _arena, header, RecordLayout.HeaderCoveredBytes);
            crc = Crc32.Finish(Crc32.Update(crc, _arena, _page, length));
            uint stored = LittleEndian.ReadUInt32(_arena, _page + length);
            return crc == stored || CorrectRecord(header, _arena, _page, length, _page + length, crc ^ stored, false) ? 1 : 0;
        }

        /// <summary>
        /// After the replay: a sector whose header could not be proven but which holds data. Every
        /// record in it that proves itself has an unknown place in the log, so its id is marked
        /// damaged and the sector is kept until those marks are on flash; a sector with nothing
        /// provable is erased. Either way it is counted with its bytes. False when a read failed.
        /// </summary>
        private bool ExamineDoubtfulSectors()
        {
            for (int sector = 0; sector < _sectorCount; sector++)
            {
                if (_states[sector] != SectorState.Doubtful)
                {
                    continue;
                }

                int start = sector * _sectorSize;
                int written = CountWritten(start, _sectorSize);
                int proven = ScanOrphans(start, _erasing[sector]);
                if (written < 0 || proven < 0)
                {
                    return false;
                }

                if (_erasing[sector] && _orphanHeaders == 0)
                {
                    // An erase cut short (or a blank start): nothing in it was ever needed.
                    _states[sector] = SectorState.NeedsErase;
                    continue;
                }

                _unreadableSectorsFound++;
                _lostBytesFound += written - proven;
                _unreadableBytesFound += written - proven;
                _states[sector] = proven > 0 ? SectorState.Damaged : SectorState.NeedsErase;
            }

            return true;
        }

        /// <summary>
        /// Marks the id of every record with a valid header in the sector at start as damaged
        /// (its value, sound or not, has no place in the log), and every id held when data lies
        /// where no valid header is (a record of unknown id). Returns the bytes of the records
        /// that proved themselves, or -1 when a read failed.
        /// </summary>
        private int ScanOrphans(int start, bool erasing)
        {
            _orphanHeaders = 0;
            int proven = 0;
            bool unknownLoss = false;
            int smallest = _layout.RecordBytes(0);
            int position = _layout.FirstRecordOffset;
            while (position + smallest <= _sectorSize)
            {
                if (!Read(start + position, _arena, _copy, _layout.PayloadOffset))
                {
                    return -1;
                }

                int length = RecordLayout.IsWritten(_arena, _copy, _unit) ? ValidHeaderLength(position, true) : -1;
                int id = length >= 0 ? LittleEndian.ReadUInt16(_arena, _copy + _unit) : -1;
                if (length < 0 || id == RecordLayout.LossId || length > _maxRecordLength)
                {
                    unknownLoss = unknownLoss || (length < 0 && !IsAll(_copy, _unit, 0xFF));
                    position += length < 0 ? _unit : _layout.RecordBytes(length);
                    continue;
                }

                int check = PayloadCheck(start + position, length);
                if (check < 0)
                {
                    return -1;
                }

                _orphanHeaders++;
                MarkLost(id, start + position);
                proven += check > 0 ? _layout.RecordBytes(length) : 0;
                position += _layout.RecordBytes(length);
            }

            if (unknownLoss && (_orphanHeaders > 0 || !erasing))
            {
                MarkAllLost();
            }

            return proven;
        }

        /// <summary>A loss record in the replay (payload in the page buffer; address -1 when it failed its CRC): the newest one holds the totals.</summary>
        private void ApplyLossRecord(int address)
        {
            int size = _layout.RecordBytes(RecordLayout.LossLength);
            if (_lossAddress >= 0)
            {
                _liveBytes -= size;
            }

            if (address < 0)
            {
                // The totals are lost with it: keep the older ones, and count the damage.
                _crcFailuresFound++;
                _lossAddress = -1;
                return;
            }

            _lossSectors = (int)LittleEndian.ReadUInt32(_arena, _page);
            _lossBytes = (int)LittleEndian.ReadUInt32(_arena, _page + 4);
            _lossAddress = address;
            _liveBytes += size;
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
