namespace Keel.Drivers.Flash
{
    /// <summary>CRC-32 (IEEE 802.3, reflected, as zip and Ethernet compute it) over byte ranges, allocating nothing.</summary>
    /// <remarks>
    /// A nibble table (16 entries, 64 bytes) instead of the usual 256-entry one (1 KB): two
    /// lookups a byte is fast enough for records of a few hundred bytes, and the RAM stays small.
    /// Compute in steps with <see cref="Start"/>, <see cref="Update"/> and <see cref="Finish"/>,
    /// or in one call with <see cref="Compute"/>.
    /// </remarks>
    public static class Crc32
    {
        /// <summary>The running value before the first byte.</summary>
        public const uint Start = 0xFFFFFFFF;

        private static readonly uint[] NibbleTable = new uint[]
        {
            0x00000000, 0x1DB71064, 0x3B6E20C8, 0x26D930AC, 0x76DC4190, 0x6B6B51F4, 0x4DB26158, 0x5005713C,
            0xEDB88320, 0xF00F9344, 0xD6D6A3E8, 0xCB61B38C, 0x9B64C2B0, 0x86D3D2D4, 0xA00AE278, 0xBDBDF21C
        };

        /// <summary>Feeds count bytes of data from offset into the running value crc.</summary>
        public static uint Update(uint crc, byte[] data, int offset, int count)
        {
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                crc ^= data[i];
                crc = (crc >> 4) ^ NibbleTable[crc & 0x0F];
                crc = (crc >> 4) ^ NibbleTable[crc & 0x0F];
            }

            return crc;
        }

        /// <summary>The CRC of everything fed in so far.</summary>
        public static uint Finish(uint crc)
        {
            return ~crc;
        }

        /// <summary>The CRC of count bytes of data from offset.</summary>
        public static uint Compute(byte[] data, int offset, int count)
        {
            return Finish(Update(Start, data, offset, count));
        }
    }
}
