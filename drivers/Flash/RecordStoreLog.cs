using System;
using Keel.Drivers.Ports;

namespace Keel.Drivers.Flash
{
    /// <summary>The record store's log: appending records, making room, reclaiming sectors, and programming headers and records.</summary>
    public partial class RecordStore
    {
        /// <summary>Programs the record assembled in the page buffer at the active sector's end and indexes it.</summary>
        private StoreResult Append(int id, byte kind, int length, int size)
        {
            int address = _active * _sectorSize + _layout.FirstRecordOffset + _used[_active];
            if (!ProgramRecord(address, _page, size))
            {
                // Nothing more goes into this sector in RAM: whatever the failed program left is its last record.
                _used[_active] = _dataCapacity;
                RefreshStatistics();
                return StoreResult.FlashFailed;
            }

            _used[_active] += size;
            ApplyToIndex(id, kind, address, length);
            RefreshStatistics();
            return StoreResult.Ok;
        }

        /// <summary>Makes the active sector able to take size more bytes: opens a free sector or reclaims the oldest.</summary>
        /// <param name="size">Bytes of the record to append.</param>
        /// <param name="releasedBytes">Live bytes the operation gives up (a deleted record), for the capacity check.</param>
        private StoreResult EnsureRoom(int size, int releasedBytes)
        {
            if (_active != NoSector && _used[_active] + size <= _dataCapacity)
            {
                return StoreResult.Ok;
            }

            int liveAfter = _liveBytes - releasedBytes;
            if (liveAfter + size > (_sectorCount - 1) * _dataCapacity || (size >= _refusedSize && liveAfter >= _refusedLiveBytes))
            {
                return StoreResult.StoreFull;
            }

            // Each attempt frees the dead space of one sector; after a whole round nothing more can be won.
            for (int attempt = 0; attempt < _sectorCount; attempt++)
            {
                StoreResult result = AdvanceActive();
                if (result != StoreResult.Ok)
                {
                    return result;
                }

                if (_used[_active] + size <= _dataCapacity)
                {
                    return StoreResult.Ok;
                }
            }

            _refusedSize = size;
            _refusedLiveBytes = liveAfter;
            return StoreResult.StoreFull;
        }

        /// <summary>Moves the appends to a new sector: a free one while two or more are free, else the spare, after a reclaim into it.</summary>
        private StoreResult AdvanceActive()
        {
            if (CountFree() == 0)
            {
                // Only failed erases leave no spare: try them again.
                RepairSectors();
            }

            int free = CountFree();
            int oldest = OldestOpen();
            if (free == 0)
            {
                return StoreResult.FlashFailed;
            }

            if (free >= 2 || oldest == NoSector)
            {
                int sector = LeastErasedFree();
                if (!OpenSector(sector, RecordLayout.NoSource))
                {
                    return StoreResult.FlashFailed;
                }

                _active = sector;
                return StoreResult.Ok;
            }

            return Reclaim(oldest, LeastErasedFree());
        }

        /// <summary>Copies the live records of victim into the free destination, commits, then erases victim.</summary>
        private StoreResult Reclaim(int victim, int destination)
        {
            if (!OpenSector(destination, victim))
            {
                return StoreResult.FlashFailed;
            }

            int victimStart = victim * _sectorSize;
            int next = destination * _sectorSize + _layout.FirstRecordOffset;
            for (int slot = 0; slot < _index.Capacity; slot++)
            {
                if (LivesIn(slot, victimStart))
                {
                    int size = CopyOrMark(slot, next);
                    if (size < 0)
                    {
                        Discard(destination);
                        return StoreResult.FlashFailed;
                    }

                    next += size;
                }
            }

            // The loss record goes along, written afresh from the totals in RAM.
            int lossSize = _layout.RecordBytes(RecordLayout.LossLength);
            bool lossMoves = _lossAddress >= victimStart && _lossAddress < victimStart + _sectorSize;
            int lossTo = next;
            if (lossMoves)
            {
                BuildLossRecord(_copy);
                if (!ProgramRecord(next, _copy, lossSize))
                {
                    Discard(destination);
                    return StoreResult.FlashFailed;
                }

                next += lossSize;
            }

            if (!WriteDoneMarker(destination))
            {
                Discard(destination);
                return StoreResult.FlashFailed;
            }

            if (lossMoves)
            {
                _lossAddress = lossTo;
            }

            // Committed: the copies are the records now, in the order they were copied.
            next = destination * _sectorSize + _layout.FirstRecordOffset;
            for (int slot = 0; slot < _index.Capacity; slot++)
            {
                if (LivesIn(slot, victimStart))
                {
                    _index.Move(slot, next);
                    next += _layout.RecordBytes(_index.LengthAt(slot));
                }
            }

            if (lossMoves)
            {
                next += lossSize;
            }

            _used[destination] = next - destination * _sectorSize - _layout.FirstRecordOffset;
            _active = destination;
            _statistics.CountReclaim();

            // A failed erase is counted and left to the next repair; the copies are already safe.
            Discard(victim);
            return StoreResult.Ok;
        }

        /// <summary>
        /// Copies the record of slot to address to, checking it on the way (one flipped bit is
        /// corrected): a record that no longer matches its CRC, or an entry already damaged,
        /// becomes a damaged marker, so the loss outlives the erase of the victim. Returns the
        /// bytes programmed, or -1 when a read or program failed.
        /// </summary>
        private int CopyOrMark(int slot, int to)
        {
            if (!_index.IsDamaged(slot) || !_index.MarkerPending(slot))
            {
                int length = _index.LengthAt(slot);
                int size = _layout.RecordBytes(length);
                int from = _index.AddressAt(slot);
                if (!Read(from + _unit, _arena, _copy + _unit, size - _unit))
                {
                    return -1;
                }

                if (CopiedRecordIsSound(_index.IdAt(slot), length))
                {
                    Array.Clear(_arena, _copy, _unit);
                    return ProgramRecord(to, _copy, size) ? size : -1;
                }

                _crcFailuresFound++;
                MarkLost(_index.IdAt(slot), from);
            }

            int marker = _layout.RecordBytes(0);
            BuildRecord(_copy, _index.IdAt(slot), RecordLayout.KindDamaged, null, 0, 0);
            return ProgramRecord(to, _copy, marker) ? marker : -1;
        }

        /// <summary>Whether the record read into the copy buffer is the id's, of this length, and matches its CRCs (one flipped bit corrected in the buffer).</summary>
        private bool CopiedRecordIsSound(int id, int length)
        {
            int header = _copy + _unit;
            int payload = _copy + _layout.PayloadOffset;
            if (CheckBlock(header, RecordLayout.HeaderCoveredBytes) == BlockInvalid
                || LittleEndian.ReadUInt16(_arena, header) != id || LittleEndian.ReadUInt16(_arena, header + 2) != length)
            {
                return false;
            }

            uint crc = Crc32.Update(Crc32.Start, _arena, header, RecordLayout.HeaderCoveredBytes);
            crc = Crc32.Finish(Crc32.Update(crc, _arena, payload, length));
            uint stored = LittleEndian.ReadUInt32(_arena, payload + length);
            return crc == stored || CorrectRecord(header, _arena, payload, length, payload + length, crc ^ stored, false);
        }

        private bool LivesIn(int slot, int sectorStart)
        {
            if (!_index.InUse(slot) || slot == _deletingSlot)
            {
                return false;
            }

            int address = _index.AddressAt(slot);
            return address >= sectorStart && address < sectorStart + _sectorSize;
        }

        /// <summary>Applies one record, in log order, to the index: a data record replaces its id's entry, a delete removes it, a damaged marker marks it lost.</summary>
        private void ApplyToIndex(int id, byte kind, int address, int length)
        {
            int slot = _index.Find(id);
            int liveBefore = _liveBytes;
            if (slot >= 0)
            {
                _liveBytes -= _layout.RecordBytes(_index.LengthAt(slot));
                if (kind == RecordLayout.KindDelete)
                {
                    _index.Remove(slot);
                }
                else if (kind == RecordLayout.KindDamaged)
                {
                    _index.SetDamaged(slot, address, false);
                    _liveBytes += _layout.RecordBytes(0);
                }
                else
                {
                    _index.Set(slot, address, length);
                    _liveBytes += _layout.RecordBytes(length);
                }
            }
            else if (kind != RecordLayout.KindDelete)
            {
                slot = _index.Add(id, address, length);
                if (slot < 0)
                {
                    // Only at mount, when the flash holds more ids than this index (a smaller capacity than before).
                    _indexOverflowFound = true;
                    return;
                }

                if (kind == RecordLayout.KindDamaged)
                {
                    _index.SetDamaged(slot, address, false);
                    length = 0;
                }

                _liveBytes += _layout.RecordBytes(length);
            }

            if (_liveBytes < liveBefore)
            {
                _refusedSize = int.MaxValue;
            }
        }

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

        /// <summary>Erases a sector the store no longer needs and formats it free; on failure zeroes its format block.</summary>
        private bool Discard(int sector)
        {
            int known = _eraseCounts[sector];

            // An unknown count (a header lost to a power cut) is taken as the highest found at mount: wear is not under-reported.
            int count = (known >= 0 ? known : _highestEraseCountFound) + 1;
            _eraseCounts[sector] = count;
            _sequences[sector] = 0;
            _used[sector] = 0;
            if (EraseSector(sector) && WriteFormatBlock(sector, count))
            {
                _states[sector] = SectorState.Free;
                return true;
            }

            // Zeroes always program (they only clear bits): no later mount can take this sector's old records for current ones.
            _states[sector] = SectorState.NeedsErase;
            Array.Clear(_arena, _copy, _layout.FormatRegion);
            _flash.Program(sector * _sectorSize, _arena, _copy, _layout.FormatRegion);
            return false;
        }

        private bool WriteFormatBlock(int sector, int eraseCount)
        {
            Fill(_copy, _layout.FormatRegion, 0xFF);
            LittleEndian.WriteUInt32(_arena, _copy, RecordLayout.Magic);
            LittleEndian.WriteUInt32(_arena, _copy + 4, (uint)eraseCount);
            LittleEndian.WriteUInt32(_arena, _copy + 8, Crc32.Compute(_arena, _copy, 8));
            return Program(sector * _sectorSize, _copy, _layout.FormatRegion);
        }

        /// <summary>Writes a free sector's open block (the next sequence, and the reclaim source or none); discards the sector on failure.</summary>
        private bool OpenSector(int sector, int source)
        {
            uint sequence = ++_lastSequence;
            Fill(_copy, _layout.OpenRegion, 0xFF);
            LittleEndian.WriteUInt32(_arena, _copy, sequence);
            LittleEndian.WriteUInt16(_arena, _copy + 4, source);
            LittleEndian.WriteUInt32(_arena, _copy + 8, source == RecordLayout.NoSource ? 0xFFFFFFFF : _sequences[source]);
            LittleEndian.WriteUInt32(_arena, _copy + 12, Crc32.Compute(_arena, _copy, 12));
            if (!Program(sector * _sectorSize + _layout.OpenOffset, _copy, _layout.OpenRegion))
            {
                Discard(sector);
                return false;
            }

            _states[sector] = SectorState.Open;
            _sequences[sector] = sequence;
            _used[sector] = 0;
            return true;
        }

        private bool WriteDoneMarker(int sector)
        {
            Array.Clear(_arena, _copy, _unit);
            return Program(sector * _sectorSize + _layout.DoneOffset, _copy, _unit);
        }

        /// <summary>Assembles a record at at (the page or the copy buffer) exactly as it goes on flash (commit unit already 0x00).</summary>
        private void BuildRecord(int at, int id, byte kind, byte[] data, int offset, int length)
        {
            int header = at + _unit;
            int payload = at + _layout.PayloadOffset;
            Array.Clear(_arena, at, _unit);
            LittleEndian.WriteUInt16(_arena, header, id);
            LittleEndian.WriteUInt16(_arena, header + 2, length);
            _arena[header + 4] = kind;
            Fill(header + 5, 3, 0xFF);
            LittleEndian.WriteUInt32(_arena, header + 8, Crc32.Compute(_arena, header, RecordLayout.HeaderCoveredBytes));
            Fill(header + RecordLayout.HeaderFieldBytes, _layout.HeaderRegion - RecordLayout.HeaderFieldBytes, 0xFF);
            if (length > 0)
            {
                Array.Copy(data, offset, _arena, payload, length);
            }

            uint crc = Crc32.Update(Crc32.Start, _arena, header, RecordLayout.HeaderCoveredBytes);
            crc = Crc32.Finish(Crc32.Update(crc, _arena, payload, length));
            LittleEndian.WriteUInt32(_arena, payload + length, crc);
            int end = payload + length + RecordLayout.CrcBytes;
            Fill(end, at + _layout.RecordBytes(length) - end, 0xFF);
        }

        /// <summary>Header, then payload and CRC, then the commit unit: each its own program, in this order.</summary>
        private bool ProgramRecord(int address, int bufferOffset, int size)
        {
            int payload = _layout.PayloadOffset;
            return Program(address + _unit, bufferOffset + _unit, _layout.HeaderRegion)
                && Program(address + payload, bufferOffset + payload, size - payload)
                && Program(address, bufferOffset, _unit);
        }
    }
}
