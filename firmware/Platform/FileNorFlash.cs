using System;
using System.IO;
using Keel.Drivers.Ports;

namespace Keel.Firmware.Platform
{
    /// <summary>The NOR-flash port on a board: one file of the flash's full size on the board's storage, NOR rules emulated.</summary>
    /// <remarks>
    /// nanoFramework gives managed code no raw flash or partition access, so the port is one
    /// file (on ESP32 the internal LittleFS drive, <see cref="DefaultPath"/>), created at boot
    /// with its full size, erased (0xFF), and kept open. Erase writes 0xFF over the sector; program
    /// reads the bytes, refuses a program that would set a 0 bit to 1 (as a NOR part would not do
    /// it), and writes old AND new. Every byte moves through two buffers made at boot, and every
    /// program and erase is flushed before it returns, so the record store's write order reaches
    /// the file system in that order. A file-system exception becomes <see cref="FlashResult.Failed"/>
    /// (the exception object is garbage, but only when the storage is failing).
    /// LittleFS levels its own wear underneath; the record store's sector rotation costs nothing extra.
    /// Device only: this folder is not compiled for the PC.
    /// </remarks>
    public class FileNorFlash : INorFlash, IDisposable
    {
        /// <summary>The internal drive of an ESP32 (the config partition, LittleFS).</summary>
        public const string DefaultPath = "I:\\keel.flash";

        // Bytes moved per file call: small against the managed heap, large enough for whole records.
        private const int ChunkBytes = 256;

        private readonly FileStream _file;
        private readonly byte[] _chunk = new byte[ChunkBytes];
        private readonly byte[] _erased = new byte[ChunkBytes];
        private readonly int _sectorSize;
        private readonly int _sectorCount;
        private readonly long _size;

        /// <param name="path">The flash file, e.g. <see cref="DefaultPath"/>; created erased when missing.</param>
        /// <param name="sectorSize">Bytes per sector (a const of the board config).</param>
        /// <param name="sectorCount">Sectors (a const of the board config); the file holds sectorSize × sectorCount bytes.</param>
        public FileNorFlash(string path, int sectorSize, int sectorCount)
        {
            if (sectorSize < 1 || sectorCount < 1 || sectorSize > int.MaxValue / sectorCount)
            {
                throw new ArgumentOutOfRangeException("sectorSize", "The flash file " + path + " is configured as " + sectorCount
                    + " sectors of " + sectorSize + " bytes; set the flash geometry in the board config.");
            }

            for (int i = 0; i < ChunkBytes; i++)
            {
                _erased[i] = 0xFF;
            }

            _sectorSize = sectorSize;
            _sectorCount = sectorCount;
            _size = (long)sectorSize * sectorCount;
            _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            long length = _file.Length;
            if (length == 0)
            {
                // A new file: write it erased at its full size now, so no later write has to grow it.
                _file.Seek(0, SeekOrigin.Begin);
                for (long done = 0; done < _size; done += ChunkBytes)
                {
                    _file.Write(_erased, 0, (int)(_size - done < ChunkBytes ? _size - done : ChunkBytes));
                }

                _file.Flush();
            }
            else if (length != _size)
            {
                _file.Dispose();
                throw new IOException("The flash file " + path + " holds " + length.ToString() + " bytes but the board config's flash of "
                    + sectorCount + " sectors of " + sectorSize + " bytes needs " + _size.ToString()
                    + ". Restore the geometry it was made with, or delete the file to start an empty store.");
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

        /// <summary>1: any byte can be programmed.</summary>
        public int ProgramUnit
        {
            get { return 1; }
        }

        public FlashResult Read(int address, byte[] buffer, int offset, int count)
        {
            if (!RangeValid(address, buffer, offset, count))
            {
                return FlashResult.OutOfRange;
            }

            try
            {
                return ReadFile(address, buffer, offset, count) ? FlashResult.Ok : FlashResult.Failed;
            }
            catch (Exception)
            {
                return FlashResult.Failed;
            }
        }

        public FlashResult Program(int address, byte[] data, int offset, int count)
        {
            if (!RangeValid(address, data, offset, count))
            {
                return FlashResult.OutOfRange;
            }

            try
            {
                // First pass refuses the whole program if any bit would go from 0 to 1, as the part would.
                for (int done = 0; done < count; done += ChunkBytes)
                {
                    int part = count - done < ChunkBytes ? count - done : ChunkBytes;
                    if (!ReadFile(address + done, _chunk, 0, part))
                    {
                        return FlashResult.Failed;
                    }

                    for (int i = 0; i < part; i++)
                    {
                        if ((data[offset + done + i] & ~_chunk[i] & 0xFF) != 0)
                        {
                            return FlashResult.BitsCannotBeSet;
                        }
                    }
                }

                for (int done = 0; done < count; done += ChunkBytes)
                {
                    int part = count - done < ChunkBytes ? count - done : ChunkBytes;
                    if (!ReadFile(address + done, _chunk, 0, part))
                    {
                        return FlashResult.Failed;
                    }

                    for (int i = 0; i < part; i++)
                    {
                        _chunk[i] = (byte)(_chunk[i] & data[offset + done + i]);
                    }

                    _file.Seek(address + done, SeekOrigin.Begin);
                    _file.Write(_chunk, 0, part);
                }

                _file.Flush();
                return FlashResult.Ok;
            }
            catch (Exception)
            {
                return FlashResult.Failed;
            }
        }

        public FlashResult EraseSector(int sector)
        {
            if (sector < 0 || sector >= _sectorCount)
            {
                return FlashResult.OutOfRange;
            }

            try
            {
                _file.Seek((long)sector * _sectorSize, SeekOrigin.Begin);
                for (int done = 0; done < _sectorSize; done += ChunkBytes)
                {
                    _file.Write(_erased, 0, _sectorSize - done < ChunkBytes ? _sectorSize - done : ChunkBytes);
                }

                _file.Flush();
                return FlashResult.Ok;
            }
            catch (Exception)
            {
                return FlashResult.Failed;
            }
        }

        /// <summary>Closes the file (at shutdown; the store cannot be used afterwards).</summary>
        public void Dispose()
        {
            _file.Dispose();
        }

        private bool ReadFile(int address, byte[] buffer, int offset, int count)
        {
            _file.Seek(address, SeekOrigin.Begin);
            int done = 0;
            while (done < count)
            {
                int read = _file.Read(buffer, offset + done, count - done);
                if (read <= 0)
                {
                    return false;
                }

                done += read;
            }

            return true;
        }

        private bool RangeValid(int address, byte[] buffer, int offset, int count)
        {
            return buffer != null && address >= 0 && count >= 0 && address <= _size - count
                && offset >= 0 && offset <= buffer.Length - count;
        }
    }
}
