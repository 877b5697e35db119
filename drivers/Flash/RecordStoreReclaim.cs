using System;

namespace Keel.Drivers.Flash
{
    /// <summary>The record store making room: opening sectors, and reclaiming the oldest one into the spare (copying, checking and correcting its live records).</summary>
    public partial class RecordStore
    {
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
    }
}
