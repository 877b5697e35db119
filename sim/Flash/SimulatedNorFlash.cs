using System;
using Keel.Drivers.Ports;

namespace Keel.Sim.Flash
{
    /// <summary>A NOR-flash part in RAM: NOR rules enforced, erases counted per sector, power cuts and wear-out injected.</summary>
    /// <remarks>
    /// Written inside the nanoFramework subset: the device test project links this file, so the
    /// shared tests run against it on the PC and on a board alike.
    ///
    /// NOR rules: erase sets a sector to 0xFF; program only clears bits, and a program that asks a
    /// 0 bit to become 1 is refused whole (<see cref="FlashResult.BitsCannotBeSet"/>) and changes
    /// nothing. A program must start on and cover whole program units. A byte may be programmed
    /// again (clearing more bits) until the next erase.
    ///
    /// Power cuts, a deterministic model driven by the cut point:
    /// - After the N-th programmed byte (<see cref="CutPowerAfterProgrammedBytes"/>): the N bytes
    ///   programmed before it are written; the next byte is interrupted and clears only the bits
    ///   of its low nibble it was to clear (so it may read as the old value, the new value, or
    ///   neither); the bytes after it keep their old contents.
    /// - During the N-th erase (<see cref="CutPowerDuringErase"/>): the erase runs from the start
    ///   of the sector; the first erasedBytes bytes read 0xFF, and every later byte keeps its old
    ///   bits with some more set (an erase sets bits), chosen by a hash of its address and the
    ///   erase's number: partly erased cells.
    /// Either way the interrupted call and every later one return <see cref="FlashResult.PowerLost"/>
    /// until <see cref="RestorePower"/>, like a board that is off. Every programmed byte counts,
    /// 0xFF padding included, so a workload's cut points are 0 .. ProgrammedBytes − 1.
    ///
    /// Wear-out: with <see cref="EraseEndurance"/> set, a sector erased that many times refuses
    /// further erases and programs with <see cref="FlashResult.Failed"/>, changing nothing.
    /// </remarks>
    public class SimulatedNorFlash : INorFlash
    {
        private const byte Erased = 0xFF;

        private readonly byte[] _bytes;
        private readonly int[] _eraseCounts;
        private readonly int _sectorSize;
        private readonly int _sectorCount;
        private readonly int _programUnit;
        private bool _powered = true;
        private long _programmedBytes;
        private int _erases;
        private long _programCutAt = -1;
        private int _programCallCutAt = -1;
        private int _programCalls;
        private int _eraseCutAt = -1;
        private int _eraseCutBytes;
        private bool _eraseCutFromEnd;
        private int _eraseEndurance;

        /// <param name="sectorSize">Bytes per sector, a multiple of programUnit.</param>
        /// <param name="sectorCount">Sectors, at least 1.</param>
        /// <param name="programUnit">Program granularity: a power of two from 1 to 256.</param>
        public SimulatedNorFlash(int sectorSize, int sectorCount, int programUnit)
        {
            if (programUnit < 1 || programUnit > 256 || (programUnit & (programUnit - 1)) != 0)
            {
                throw new ArgumentOutOfRangeException("programUnit", "A simulated flash's program unit is a power of two from 1 to 256, not "
                    + programUnit + ".");
            }

            if (sectorSize < programUnit || sectorSize % programUnit != 0 || sectorCount < 1 || sectorSize > int.MaxValue / sectorCount)
            {
                throw new ArgumentOutOfRangeException("sectorSize", "A simulated flash of " + sectorCount + " sectors of " + sectorSize
                    + " bytes cannot be made: use at least one sector, of a multiple of the program unit (" + programUnit + " bytes).");
            }

            _sectorSize = sectorSize;
            _sectorCount = sectorCount;
            _programUnit = programUnit;
            _bytes = new byte[sectorSize * sectorCount];
            _eraseCounts = new int[sectorCount];
            for (int i = 0; i < _bytes.Length; i++)
            {
                _bytes[i] = Erased;
            }
        }

        public int SectorSize
        {
            get { return _sectorSize; }
        }

        public int SectorCount
        {
            get { return _sectorCount; }
        }

        public int ProgramUnit
        {
            get { return _programUnit; }
        }

        /// <summary>Bytes of the whole part.</summary>
        public int Size
        {
            get { return _bytes.Length; }
        }

        /// <summary>False from a power cut until <see cref="RestorePower"/>.</summary>
        public bool IsPowered
        {
            get { return _powered; }
        }

        /// <summary>Bytes programmed since the part was made, the interrupted one included.</summary>
        public long ProgrammedBytes
        {
            get { return _programmedBytes; }
        }

        /// <summary>Program calls that had bytes to program since the part was made, an interrupted one included.</summary>
        public int ProgramCalls
        {
            get { return _programCalls; }
        }

        /// <summary>Erases started since the part was made, the interrupted one included.</summary>
        public int Erases
        {
            get { return _erases; }
        }

        /// <summary>Erases a sector survives (0: no limit); past it, the sector refuses erases and programs with Failed.</summary>
        public int EraseEndurance
        {
            get { return _eraseEndurance; }
            set { _eraseEndurance = value; }
        }

        /// <summary>Erases of one sector started since the part was made (not kept in an image file).</summary>
        public int EraseCount(int sector)
        {
            return _eraseCounts[sector];
        }

        /// <summary>Cuts the power when the byte after the next bytesFromNow programmed bytes is being programmed.</summary>
        public void CutPowerAfterProgrammedBytes(long bytesFromNow)
        {
            _programCutAt = _programmedBytes + bytesFromNow;
        }

        /// <summary>Cuts the power as the program call after the next callsFromNow calls begins: nothing of it is written.</summary>
        public void CutPowerBeforeProgramCall(int callsFromNow)
        {
            _programCallCutAt = _programCalls + callsFromNow;
        }

        /// <summary>
        /// Cuts the power during the erase after the next erasesFromNow erases, when erasedBytes of
        /// its sector are erased from its start; the bytes not reached yet have random bits set
        /// (an erase pulse had begun on them).
        /// </summary>
        public void CutPowerDuringErase(int erasesFromNow, int erasedBytes)
        {
            _eraseCutAt = _erases + erasesFromNow;
            _eraseCutBytes = erasedBytes;
            _eraseCutFromEnd = false;
        }

        /// <summary>
        /// Cuts the power during the erase after the next erasesFromNow erases, when the last
        /// erasedBytes of its sector are erased and the rest is untouched: a sector header can
        /// survive an erase that was under way (0 bytes: cut as the erase begins, nothing changed).
        /// </summary>
        public void CutPowerDuringEraseFromEnd(int erasesFromNow, int erasedBytes)
        {
            _eraseCutAt = _erases + erasesFromNow;
            _eraseCutBytes = erasedBytes;
            _eraseCutFromEnd = true;
        }

        /// <summary>Disarms any power cut not yet reached.</summary>
        public void CancelPowerCut()
        {
            _programCutAt = -1;
            _programCallCutAt = -1;
            _eraseCutAt = -1;
        }

        /// <summary>Powers the part up again after a cut (what the cut left stays); armed cuts are disarmed.</summary>
        public void RestorePower()
        {
            _powered = true;
            CancelPowerCut();
        }

        /// <summary>Copies the whole contents (Size bytes) into destination: a snapshot.</summary>
        public void CopyImageTo(byte[] destination)
        {
            Array.Copy(_bytes, destination, _bytes.Length);
        }

        /// <summary>Replaces the whole contents with Size bytes of source (a snapshot, or an image file's contents).</summary>
        public void LoadImage(byte[] source)
        {
            if (source == null || source.Length != _bytes.Length)
            {
                throw new ArgumentException("A flash image for this part holds exactly " + _bytes.Length + " bytes.", "source");
            }

            Array.Copy(source, _bytes, _bytes.Length);
            OnChanged(0, _bytes.Length);
        }

        /// <summary>Changes one byte behind the NOR rules' back (bit rot, a stray write), for tests of damage detection.</summary>
        public void Corrupt(int address, byte value)
        {
            _bytes[address] = value;
            OnChanged(address, 1);
        }

        /// <summary>One byte as it is now, for tests.</summary>
        public byte ByteAt(int address)
        {
            return _bytes[address];
        }

        public FlashResult Read(int address, byte[] buffer, int offset, int count)
        {
            if (!_powered)
            {
                return FlashResult.PowerLost;
            }

            if (!RangeValid(address, buffer, offset, count))
            {
                return FlashResult.OutOfRange;
            }

            Array.Copy(_bytes, address, buffer, offset, count);
            return FlashResult.Ok;
        }

        public FlashResult Program(int address, byte[] data, int offset, int count)
        {
            if (!_powered)
            {
                return FlashResult.PowerLost;
            }

            if (!RangeValid(address, data, offset, count))
            {
                return FlashResult.OutOfRange;
            }

            if (address % _programUnit != 0 || count % _programUnit != 0)
            {
                return FlashResult.Misaligned;
            }

            if (count == 0)
            {
                return FlashResult.Ok;
            }

            if (IsWorn(address / _sectorSize) || IsWorn((address + count - 1) / _sectorSize))
            {
                return FlashResult.Failed;
            }

            for (int i = 0; i < count; i++)
            {
                if ((data[offset + i] & ~_bytes[address + i] & 0xFF) != 0)
                {
                    return FlashResult.BitsCannotBeSet;
                }
            }

            int call = _programCalls;
            _programCalls++;
            if (call == _programCallCutAt)
            {
                _powered = false;
                return FlashResult.PowerLost;
            }

            for (int i = 0; i < count; i++)
            {
                int target = address + i;
                byte wanted = data[offset + i];
                if (_programmedBytes == _programCutAt)
                {
                    // Interrupted: only the low nibble's bits that were to be cleared are cleared.
                    _bytes[target] = (byte)(_bytes[target] & (wanted | 0xF0));
                    _programmedBytes++;
                    _powered = false;
                    OnChanged(address, i + 1);
                    return FlashResult.PowerLost;
                }

                _bytes[target] = wanted;
                _programmedBytes++;
            }

            OnChanged(address, count);
            return FlashResult.Ok;
        }

        public FlashResult EraseSector(int sector)
        {
            if (!_powered)
            {
                return FlashResult.PowerLost;
            }

            if (sector < 0 || sector >= _sectorCount)
            {
                return FlashResult.OutOfRange;
            }

            if (IsWorn(sector))
            {
                return FlashResult.Failed;
            }

            int start = sector * _sectorSize;
            int number = _erases;
            _erases++;
            _eraseCounts[sector]++;
            if (number == _eraseCutAt)
            {
                for (int i = 0; i < _sectorSize; i++)
                {
                    if (_eraseCutFromEnd)
                    {
                        _bytes[start + i] = i >= _sectorSize - _eraseCutBytes ? Erased : _bytes[start + i];
                    }
                    else
                    {
                        _bytes[start + i] = i < _eraseCutBytes ? Erased : (byte)(_bytes[start + i] | PartialEraseBits(start + i, number));
                    }
                }

                _powered = false;
                OnChanged(start, _sectorSize);
                return FlashResult.PowerLost;
            }

            for (int i = start; i < start + _sectorSize; i++)
            {
                _bytes[i] = Erased;
            }

            OnChanged(start, _sectorSize);
            return FlashResult.Ok;
        }

        /// <summary>The live contents, for a subclass that mirrors them (never hand it out).</summary>
        protected byte[] Contents
        {
            get { return _bytes; }
        }

        /// <summary>Called after bytes changed (programmed, erased, corrupted); an image file writes them through here.</summary>
        protected virtual void OnChanged(int address, int count)
        {
        }

        private bool IsWorn(int sector)
        {
            return _eraseEndurance > 0 && _eraseCounts[sector] >= _eraseEndurance;
        }

        private bool RangeValid(int address, byte[] buffer, int offset, int count)
        {
            return buffer != null && address >= 0 && count >= 0 && address <= _bytes.Length - count
                && offset >= 0 && offset <= buffer.Length - count;
        }

        /// <summary>About a quarter of the bits, fixed by the address and the erase's number.</summary>
        private static int PartialEraseBits(int address, int eraseNumber)
        {
            uint hash = ((uint)address * 0x9E3779B1) ^ ((uint)eraseNumber * 0x85EBCA6B);
            hash ^= hash >> 15;
            hash *= 0x2C1B3C6D;
            hash ^= hash >> 12;
            return (int)((hash & (hash >> 8)) & 0xFF);
        }
    }
}
