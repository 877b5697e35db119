namespace Keel.Drivers.Flash
{
    /// <summary>The record store's damage bookkeeping: ids whose latest value is lost and their markers on flash, unreadable sectors examined at mount, and the loss record that keeps their count.</summary>
    public partial class RecordStore
    {
        /// <summary>The latest value of id, at or before address in the log, cannot be proven: the id reads Damaged until written again, and a marker is to be written.</summary>
        private void MarkLost(int id, int address)
        {
            int slot = _index.Find(id);
            if (slot < 0)
            {
                slot = _index.Add(id, address, 0);
                if (slot < 0)
                {
                    _indexOverflowFound = true;
                    return;
                }
            }
            else
            {
                _liveBytes -= _layout.RecordBytes(_index.LengthAt(slot));
            }

            _index.SetDamaged(slot, address, true);
            _liveBytes += _layout.RecordBytes(0);
        }

        /// <summary>A record of unknown id was lost at this point of the log: any id held so far may have had a newer value in it.</summary>
        private void MarkAllLost()
        {
            for (int slot = 0; slot < _index.Capacity; slot++)
            {
                if (_index.InUse(slot) && !_index.IsDamaged(slot))
                {
                    MarkLost(_index.IdAt(slot), _index.AddressAt(slot));
                }
            }
        }

        /// <summary>Mount: appends a damaged marker for every id whose loss this mount found, so the loss outlives the damaged bytes; false when one could not be written.</summary>
        private bool WritePendingMarkers()
        {
            int size = _layout.RecordBytes(0);
            for (int slot = 0; slot < _index.Capacity; slot++)
            {
                if (_index.InUse(slot) && _index.MarkerPending(slot))
                {
                    int id = _index.IdAt(slot);
                    BuildRecord(_page, id, RecordLayout.KindDamaged, null, 0, 0);
                    if (EnsureRoom(size, 0) != StoreResult.Ok || Append(id, RecordLayout.KindDamaged, 0, size) != StoreResult.Ok)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>Mount: appends the loss record with the totals, superseding the older one; false when it could not be written.</summary>
        private bool WriteLossRecord()
        {
            int size = _layout.RecordBytes(RecordLayout.LossLength);
            BuildLossRecord(_page);
            if (EnsureRoom(size, 0) != StoreResult.Ok)
            {
                return false;
            }

            // A reclaim may have moved the old one: the new record counts from here.
            int address = _active * _sectorSize + _layout.FirstRecordOffset + _used[_active];
            if (!ProgramRecord(address, _page, size))
            {
                _used[_active] = _dataCapacity;
                return false;
            }

            _used[_active] += size;
            if (_lossAddress < 0)
            {
                _liveBytes += size;
            }

            _lossAddress = address;
            RefreshStatistics();
            return true;
        }

        /// <summary>Assembles the loss record (the totals in RAM) at at, as it goes on flash.</summary>
        private void BuildLossRecord(int at)
        {
            int payload = at + _layout.PayloadOffset;
            BuildRecord(at, RecordLayout.LossId, RecordLayout.KindLoss, null, 0, 0);
            LittleEndian.WriteUInt16(_arena, at + _unit + 2, RecordLayout.LossLength);
            LittleEndian.WriteUInt32(_arena, at + _unit + 8, Crc32.Compute(_arena, at + _unit, RecordLayout.HeaderCoveredBytes));
            LittleEndian.WriteUInt32(_arena, payload, (uint)_lossSectors);
            LittleEndian.WriteUInt32(_arena, payload + 4, (uint)_lossBytes);
            uint crc = Crc32.Update(Crc32.Start, _arena, at + _unit, RecordLayout.HeaderCoveredBytes);
            crc = Crc32.Finish(Crc32.Update(crc, _arena, payload, RecordLayout.LossLength));
            LittleEndian.WriteUInt32(_arena, payload + RecordLayout.LossLength, crc);
            int end = payload + RecordLayout.LossLength + RecordLayout.CrcBytes;
            Fill(end, at + _layout.RecordBytes(RecordLayout.LossLength) - end, 0xFF);
        }

        /// <summary>Mount, once every id they held is marked on flash: erases the sectors kept for their records of unknown age.</summary>
        private void DiscardDamagedSectors()
        {
            for (int sector = 0; sector < _sectorCount; sector++)
            {
                if (_states[sector] == SectorState.Damaged)
                {
                    Discard(sector);
                }
            }
        }

        /// <summary>
        /// After the replay: a sector whose header could not be proven but which holds data. Every
        /// record in it that proves itself has an unknown place in the log, so its id is marked
        /// damaged; data where no header proves itself marks every id held. The sector is counted
        /// with its bytes and kept until those marks and the count are on flash. False when a
        /// read failed.
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
                // Kept until the marks and the loss record are on flash: a power cut before then finds it again.
                _states[sector] = SectorState.Damaged;
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
    }
}
