namespace Keel.Drivers.Flash
{
    /// <summary>The record store's mount and erase, and the replay of the log: records applied in the order they were written, damage found on the way.</summary>
    /// <remarks>
    /// Every read here is retried; one that still fails sets the read-failed flag and the mount
    /// stops before anything is erased or programmed. What the scan proves corrupt is counted, and
    /// each id whose latest value it cannot prove is marked damaged (MarkLost): never skipped so
    /// that an older value shows through.
    /// </remarks>
    public partial class RecordStore
    {
        /// <summary>
        /// Scans every sector, finishes or rolls back what a power cut interrupted, erases what
        /// holds nothing, and rebuilds the index. Formats a blank or foreign flash (every sector
        /// without a valid header is erased). Call at boot, and again after any FlashFailed to
        /// resynchronise with the flash.
        /// </summary>
        /// <returns>
        /// Ok; FlashFailed when a read still failed after retries (the store is not mounted and
        /// nothing was written: mount again) or an erase or program failed (mounted: reads work,
        /// writes may fail); IndexFull or RecordTooLong when the flash holds more ids than the
        /// index, or longer records than the config allows (written under a larger config): those
        /// cannot be read and go at the next reclaim of their sector; Damaged when the flash held
        /// data that could not be proven (mounted: the statistics say what, and the ids whose
        /// latest value is lost read Damaged).
        /// </returns>
        public StoreResult TryMount()
        {
            _mounted = false;
            _index.Clear();
            _liveBytes = 0;
            _active = NoSector;
            _lastSequence = 0;
            _highestEraseCountFound = 0;
            _crcFailuresFound = 0;
            _tornRecordsFound = 0;
            _indexOverflowFound = false;
            _tooLongFound = false;
            _readFailed = false;
            _unreadableSectorsFound = 0;
            _lostBytesFound = 0;
            _unreadableBytesFound = 0;
            _lossSectors = 0;
            _lossBytes = 0;
            _lossAddress = -1;
            _refusedSize = int.MaxValue;
            _failedProgramOnFlash = false;
            for (int sector = 0; sector < _sectorCount; sector++)
            {
                if (!ReadSectorHeader(sector))
                {
                    return StoreResult.FlashFailed;
                }
            }

            ResolveReclaims();

            // Nothing is erased or programmed until every read has succeeded: a read that fails is
            // never taken for a CRC mismatch or a blank, which would erase or hide records.
            if (_readFailed || !ReplayOpenSectors() || !ExamineDoubtfulSectors() || _readFailed)
            {
                return StoreResult.FlashFailed;
            }

            StoreResult result = RepairSectors() ? StoreResult.Ok : StoreResult.FlashFailed;
            if (_active == NoSector && LeastErasedFree() == NoSector)
            {
                // Every sector is unreadable: nothing can be written before one is erased.
                DiscardDamagedSectors();
            }

            if (_active == NoSector)
            {
                int sector = LeastErasedFree();
                if (sector == NoSector || !OpenSector(sector, RecordLayout.NoSource))
                {
                    result = StoreResult.FlashFailed;
                }
                else
                {
                    _active = sector;
                }
            }

            bool countWritten = true;
            if (_active != NoSector && _unreadableSectorsFound > 0)
            {
                // Unreadable sectors go with their erase: the loss record keeps them in the count.
                _lossSectors += _unreadableSectorsFound;
                _lossBytes += _unreadableBytesFound;
                countWritten = WriteLossRecord();
            }

            if (_active != NoSector && WritePendingMarkers() && countWritten)
            {
                // Every id a damaged sector held is marked on flash now, and its count: the sector is
                // no longer needed. Without the count on flash it stays, for the next mount to count.
                DiscardDamagedSectors();
            }

            _mounted = true;
            _statistics.SetMountFindings(_crcFailuresFound, _tornRecordsFound, _lossSectors, _lossBytes + _lostBytesFound - _unreadableBytesFound);
            RefreshStatistics();
            if (result == StoreResult.Ok && _indexOverflowFound)
            {
                return StoreResult.IndexFull;
            }

            if (result == StoreResult.Ok && _tooLongFound)
            {
                return StoreResult.RecordTooLong;
            }

            return result == StoreResult.Ok && _statistics.HasDamage ? StoreResult.Damaged : result;
        }

        /// <summary>
        /// Erases every sector and mounts the empty store (the console's 'flash erase'). Each
        /// sector's new header carries its erase count on from the old one (a count that was lost
        /// is taken as the highest known), so wear stays the part's physical history.
        /// </summary>
        /// <param name="failedSectors">Sectors whose erase or format failed.</param>
        /// <returns>What the mount of the erased store returned, or FlashFailed when a sector failed.</returns>
        public StoreResult TryErase(out int failedSectors)
        {
            failedSectors = 0;
            if (!_mounted)
            {
                // The counts come from the headers: read them if no mount has.
                _highestEraseCountFound = 0;
                for (int sector = 0; sector < _sectorCount; sector++)
                {
                    ReadSectorHeader(sector);
                }
            }

            _mounted = false;
            for (int sector = 0; sector < _sectorCount; sector++)
            {
                if (!Discard(sector))
                {
                    failedSectors++;
                }
            }

            StoreResult mounted = TryMount();
            return failedSectors > 0 ? StoreResult.FlashFailed : mounted;
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

    }
}
