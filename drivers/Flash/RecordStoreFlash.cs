using Keel.Drivers.Ports;

namespace Keel.Drivers.Flash
{
    /// <summary>The record store's flash access (every failure counted, reads retried), CRC checks with single-bit correction, and the sector table.</summary>
    public partial class RecordStore
    {
        private const int BlockInvalid = 0;
        private const int BlockValid = 1;
        private const int BlockCorrected = 2;

        private bool Program(int address, int arenaOffset, int count)
        {
            if (_flash.Program(address, _arena, arenaOffset, count) == FlashResult.Ok)
            {
                return true;
            }

            _statistics.CountFlashFailure();
            return false;
        }

        /// <summary>Reads, trying again after a failure (each one counted); false, and the mount's read-failed flag set, when every attempt failed.</summary>
        private bool Read(int address, byte[] buffer, int offset, int count)
        {
            for (int attempt = 0; attempt < ReadAttempts; attempt++)
            {
                if (_flash.Read(address, buffer, offset, count) == FlashResult.Ok)
                {
                    return true;
                }

                _statistics.CountFlashFailure();
            }

            _readFailed = true;
            return false;
        }

        private bool EraseSector(int sector)
        {
            if (_flash.EraseSector(sector) == FlashResult.Ok)
            {
                return true;
            }

            _statistics.CountFlashFailure();
            return false;
        }

        /// <summary>Whether count bytes of flash from address all read 0xFF (read through the page buffer); false if a read fails.</summary>
        private bool IsBlank(int address, int count)
        {
            int chunk = _buffers.BlockSize;
            for (int done = 0; done < count; done += chunk)
            {
                int part = count - done < chunk ? count - done : chunk;
                if (!Read(address + done, _arena, _page, part) || !IsAll(_page, part, 0xFF))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Bytes from address that are not 0xFF (read through the page buffer), or -1 when a read failed.</summary>
        private int CountWritten(int address, int count)
        {
            int chunk = _buffers.BlockSize;
            int written = 0;
            for (int done = 0; done < count; done += chunk)
            {
                int part = count - done < chunk ? count - done : chunk;
                if (!Read(address + done, _arena, _page, part))
                {
                    return -1;
                }

                for (int i = _page; i < _page + part; i++)
                {
                    if (_arena[i] != 0xFF)
                    {
                        written++;
                    }
                }
            }

            return written;
        }

        /// <summary>
        /// Checks covered bytes of the arena from offset against the CRC-32 after them. One flipped
        /// bit (in the bytes or the CRC) is corrected in the arena and counted: BlockCorrected.
        /// </summary>
        private int CheckBlock(int offset, int covered)
        {
            uint stored = LittleEndian.ReadUInt32(_arena, offset + covered);
            uint syndrome = Crc32.Compute(_arena, offset, covered) ^ stored;
            if (syndrome == 0)
            {
                return BlockValid;
            }

            int bit = Crc32.FindSingleBitError(covered, syndrome);
            if (bit < 0)
            {
                return BlockInvalid;
            }

            // Bits past the covered bytes are the CRC's own, which follows them.
            _arena[offset + (bit >> 3)] ^= (byte)(1 << (bit & 7));
            _statistics.CountCorrected();
            return BlockCorrected;
        }

        /// <summary>
        /// Corrects a record whose CRC (header's covered bytes in the arena at header, then the
        /// payload) missed by syndrome, when one flipped bit explains it: in the payload, in the
        /// stored CRC at crcAt (in the arena), or, when headerMayFlip, in the header. Counted; false
        /// when no single bit explains it or the block is too long to correct safely.
        /// </summary>
        private bool CorrectRecord(int header, byte[] payload, int payloadOffset, int length, int crcAt, uint syndrome, bool headerMayFlip)
        {
            int covered = RecordLayout.HeaderCoveredBytes + length;
            if (covered + RecordLayout.CrcBytes > RecordLayout.LongestCorrectableBlock)
            {
                return false;
            }

            int bit = Crc32.FindSingleBitError(covered, syndrome);
            int headerBits = RecordLayout.HeaderCoveredBytes * 8;
            if (bit < 0 || (bit < headerBits && !headerMayFlip))
            {
                return false;
            }

            if (bit < headerBits)
            {
                _arena[header + (bit >> 3)] ^= (byte)(1 << (bit & 7));
            }
            else if (bit < covered * 8)
            {
                int inPayload = bit - headerBits;
                payload[payloadOffset + (inPayload >> 3)] ^= (byte)(1 << (inPayload & 7));
            }
            else
            {
                int inCrc = bit - covered * 8;
                _arena[crcAt + (inCrc >> 3)] ^= (byte)(1 << (inCrc & 7));
            }

            _statistics.CountCorrected();
            return true;
        }

        private bool IsAll(int offset, int count, byte value)
        {
            for (int i = offset; i < offset + count; i++)
            {
                if (_arena[i] != value)
                {
                    return false;
                }
            }

            return true;
        }

        private void Fill(int offset, int count, byte value)
        {
            for (int i = offset; i < offset + count; i++)
            {
                _arena[i] = value;
            }
        }

        private int CountFree()
        {
            int free = 0;
            for (int sector = 0; sector < _sectorCount; sector++)
            {
                if (_states[sector] == SectorState.Free)
                {
                    free++;
                }
            }

            return free;
        }

        private int LeastErasedFree()
        {
            return LowestSector(SectorState.Free, false, 0);
        }

        private int OldestOpen()
        {
            return LowestSector(SectorState.Open, true, 0);
        }

        /// <summary>The sector in state with the lowest erase count, or the lowest sequence above sequenceAbove; NoSector if none.</summary>
        private int LowestSector(SectorState state, bool bySequence, uint sequenceAbove)
        {
            int best = NoSector;
            for (int sector = 0; sector < _sectorCount; sector++)
            {
                bool candidate = _states[sector] == state && (!bySequence || _sequences[sector] > sequenceAbove);
                if (candidate && (best == NoSector
                    || (bySequence ? _sequences[sector] < _sequences[best] : _eraseCounts[sector] < _eraseCounts[best])))
                {
                    best = sector;
                }
            }

            return best;
        }

        private void RefreshStatistics()
        {
            int used = 0;
            int freeSectors = 0;
            int least = int.MaxValue;
            int most = 0;
            for (int sector = 0; sector < _sectorCount; sector++)
            {
                if (_states[sector] == SectorState.Open)
                {
                    // Sectors no longer appended to count whole: their unused tails come back only through a reclaim.
                    used += sector == _active ? _used[sector] : _dataCapacity;
                }
                else if (_states[sector] == SectorState.Free)
                {
                    freeSectors++;
                }

                int erases = _eraseCounts[sector];
                if (erases >= 0 && erases < least)
                {
                    least = erases;
                }

                if (erases > most)
                {
                    most = erases;
                }
            }

            int free = (_active == NoSector ? 0 : _dataCapacity - _used[_active]) + (freeSectors > 1 ? (freeSectors - 1) * _dataCapacity : 0);
            _statistics.SetContents(_index.Count, _index.CountDamaged(), _liveBytes, used - _liveBytes, free);
            _statistics.SetEraseRange(least == int.MaxValue ? 0 : least, most);
        }
    }
}
