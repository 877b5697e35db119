using System;
using System.IO;

namespace Keel.Sim.Flash
{
    /// <summary>A simulated NOR-flash part kept in an image file, so the simulated board keeps its flash between runs.</summary>
    /// <remarks>
    /// PC only (the device test project does not link it). The image holds exactly the part's
    /// bytes, sector 0 first, the same layout as the device's flash file, so an image can be
    /// inspected or moved either way. A missing file is created erased (all 0xFF). Every
    /// program and erase is written through before the call returns, so a simulator killed
    /// at any moment leaves the image as a power cut would. Per-sector erase counts are
    /// counted for this run only; the record store keeps its own in the sector headers.
    /// </remarks>
    public sealed class FileBackedNorFlash : SimulatedNorFlash, IDisposable
    {
        private readonly FileStream _file;

        /// <param name="path">The image file; created erased when missing.</param>
        /// <param name="sectorSize">Bytes per sector, a multiple of programUnit.</param>
        /// <param name="sectorCount">Sectors, at least 1.</param>
        /// <param name="programUnit">Program granularity: a power of two from 1 to 256.</param>
        public FileBackedNorFlash(string path, int sectorSize, int sectorCount, int programUnit)
            : base(sectorSize, sectorCount, programUnit)
        {
            // A missing file is created erased; an existing one must be the part's size, even when
            // empty (an empty file is as wrong as any other size: it is not an image of this part).
            bool created = !File.Exists(path);
            _file = new FileStream(path, created ? FileMode.CreateNew : FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
            if (created)
            {
                _file.Write(Contents, 0, Size);
                _file.Flush();
                return;
            }

            if (_file.Length != Size)
            {
                long length = _file.Length;
                _file.Dispose();
                throw new InvalidDataException("The flash image " + path + " holds " + length + " bytes but a part of "
                    + sectorCount + " sectors of " + sectorSize + " bytes needs " + Size
                    + ". Delete the file to start with an erased flash (a missing file is created erased), or use the geometry it was made with.");
            }

            byte[] image = new byte[Size];
            _file.ReadExactly(image, 0, Size);
            LoadImage(image);
        }

        public string Path
        {
            get { return _file.Name; }
        }

        public void Dispose()
        {
            _file.Dispose();
        }

        protected override void OnChanged(int address, int count)
        {
            _file.Seek(address, SeekOrigin.Begin);
            _file.Write(Contents, address, count);
            _file.Flush();
        }
    }
}
