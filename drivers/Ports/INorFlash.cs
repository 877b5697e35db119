namespace Keel.Drivers.Ports
{
    /// <summary>A NOR-flash part as the record store sees it: equal sectors, erase sets 0xFF, program only clears bits.</summary>
    /// <remarks>
    /// Addresses are byte offsets from the start of the part (sector s starts at s × SectorSize).
    /// Erase sets every byte of one sector to 0xFF. Program turns 1 bits into 0 bits and never
    /// the other way: asking a 0 bit to become 1 is refused with
    /// <see cref="FlashResult.BitsCannotBeSet"/> and changes nothing. A program starts on a
    /// multiple of <see cref="ProgramUnit"/> and covers a whole number of units (0xFF bytes in the
    /// data leave their flash bytes as they are). Implementations allocate nothing per call.
    /// </remarks>
    public interface INorFlash
    {
        /// <summary>Bytes per erasable sector.</summary>
        int SectorSize { get; }

        /// <summary>Number of sectors; the part holds SectorSize × SectorCount bytes.</summary>
        int SectorCount { get; }

        /// <summary>Program granularity in bytes (a power of two; 1 for byte-programmable parts).</summary>
        int ProgramUnit { get; }

        /// <summary>Copies count bytes from address into buffer at offset.</summary>
        FlashResult Read(int address, byte[] buffer, int offset, int count);

        /// <summary>Programs count bytes of data (from offset) at address: clears the bits that are 0 in data.</summary>
        FlashResult Program(int address, byte[] data, int offset, int count);

        /// <summary>Sets every byte of the sector to 0xFF.</summary>
        FlashResult EraseSector(int sector);
    }
}
