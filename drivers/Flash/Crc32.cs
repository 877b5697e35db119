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

        /// <summary>
        /// Finds the one flipped bit that explains a CRC mismatch over count bytes (fed in one or
        /// more ranges), allocating nothing: the bit's position from the start of the bytes
        /// (byte × 8 + bit), or count × 8 + k when bit k of the stored CRC itself flipped, or -1
        /// when no single flip explains it. The data is not needed: only where a flip lands matters.
        /// </summary>
        /// <param name="count">Bytes the CRC covers.</param>
        /// <param name="syndrome">The computed CRC xor the stored one (0: nothing to find).</param>
        /// <remarks>
        /// CRC-32 is linear: flipping data bit b of the byte n bytes before the end changes the
        /// final value by a fixed pattern that depends only on b and n, so the patterns are built
        /// from the end backwards and compared with the syndrome (8 × bytes steps). Two different
        /// single flips never give the same syndrome for blocks far shorter than CRC-32's
        /// Hamming-distance-4 limit (about 11 KB), so the answer is unique.
        /// </remarks>
        public static int FindSingleBitError(int count, uint syndrome)
        {
            int total = count;
            if (syndrome == 0)
            {
                return -1;
            }

            // A single set bit: the stored CRC took the flip (no data flip gives a pattern of weight 1 at these lengths).
            if ((syndrome & (syndrome - 1)) == 0)
            {
                int k = 0;
                while ((syndrome >> k) != 1)
                {
                    k++;
                }

                return total * 8 + k;
            }

            uint p0 = Step(1);
            uint p1 = Step(2);
            uint p2 = Step(4);
            uint p3 = Step(8);
            uint p4 = Step(16);
            uint p5 = Step(32);
            uint p6 = Step(64);
            uint p7 = Step(128);
            for (int n = total - 1; n >= 0; n--)
            {
                int bit = p0 == syndrome ? 0 : p1 == syndrome ? 1 : p2 == syndrome ? 2 : p3 == syndrome ? 3
                    : p4 == syndrome ? 4 : p5 == syndrome ? 5 : p6 == syndrome ? 6 : p7 == syndrome ? 7 : -1;
                if (bit >= 0)
                {
                    return n * 8 + bit;
                }

                p0 = Step(p0);
                p1 = Step(p1);
                p2 = Step(p2);
                p3 = Step(p3);
                p4 = Step(p4);
                p5 = Step(p5);
                p6 = Step(p6);
                p7 = Step(p7);
            }

            return -1;
        }

        /// <summary>Flips the bit FindSingleBitError named (position below (firstCount + secondCount) × 8) in the range that holds it.</summary>
        public static void FlipBit(byte[] first, int firstOffset, int firstCount, byte[] second, int secondOffset, int position)
        {
            int index = position >> 3;
            byte mask = (byte)(1 << (position & 7));
            if (index < firstCount)
            {
                first[firstOffset + index] ^= mask;
            }
            else
            {
                second[secondOffset + index - firstCount] ^= mask;
            }
        }

        /// <summary>What a difference in the running value becomes after one more byte that is the same on both sides.</summary>
        private static uint Step(uint difference)
        {
            difference = (difference >> 4) ^ NibbleTable[difference & 0x0F];
            return (difference >> 4) ^ NibbleTable[difference & 0x0F];
        }
    }
}
