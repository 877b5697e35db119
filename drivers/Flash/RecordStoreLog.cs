using System;

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

        /// <summary>Erases a sector the store no longer needs and formats it free; on failure zeroes its header (format, open block, done marker).</summary>
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

            // Zeroes always program (they only clear bits): no later mount can take this sector's old
            // records for current ones. The whole header goes: a valid open block alone keeps a sector
            // in the log, and a done marker left half written would make it a committed reclaim.
            _states[sector] = SectorState.NeedsErase;
            Array.Clear(_arena, _copy, _layout.FirstRecordOffset);
            _flash.Program(sector * _sectorSize, _arena, _copy, _layout.FirstRecordOffset);
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
            if (Program(address + _unit, bufferOffset + _unit, _layout.HeaderRegion)
                && Program(address + payload, bufferOffset + payload, size - payload)
                && Program(address, bufferOffset, _unit))
            {
                return true;
            }

            // Whatever the failed program left may pass for committed: deletes write their markers from now on.
            _failedProgramOnFlash = true;
            return false;
        }
    }
}
