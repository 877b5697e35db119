using System;

namespace Keel.Drivers.Flash
{
    /// <summary>Where the record store puts things in a sector and in a record, for one flash geometry.</summary>
    /// <remarks>
    /// Every region starts on, and fills a whole number of, units: the flash's program unit, at
    /// least 4 bytes, so that each region is programmed exactly once between erases (parts with
    /// ECC allow no second program of a unit). Integers are little-endian.
    ///
    /// Sector: [format block][open block][done marker][records ... 0xFF to the end]
    /// - format block: magic "KEL2" (a sector of the earlier "KEL1" reads the same), erase count, CRC-32 of both. Written right after an erase; a
    ///   sector without a valid one holds nothing and is erased before use.
    /// - open block: sequence (orders the sectors, unique and rising), source sector and the
    ///   source's sequence (a reclaim copies that sector's live records here; 0xFFFF = none), CRC-32.
    /// - done marker: one unit of 0x00 once the reclaim copy is complete (the reclaim's commit point).
    ///   It counts as written when at most half its bits read 1, so no single flipped bit turns a
    ///   completed reclaim into an unfinished one or the other way.
    ///
    /// Record: [commit unit][header][payload, CRC-32, 0xFF padding]
    /// - header: id, payload length, kind (data, delete, or damaged: the id's latest value was lost,
    ///   written in place of a record that no longer matched its CRC; or loss: id 0xFFFF, the
    ///   sectors and bytes found unreadable since the store was erased), 3 bytes 0xFF,
    ///   CRC-32 of those 8 bytes.
    /// - CRC-32 of the header's first 8 bytes followed by the payload.
    /// - commit unit: 0x00 bytes, programmed last and on its own. Programs happen in the order
    ///   header, payload, commit, so: a torn header fails its CRC and nothing follows it; a valid
    ///   header gives the record's extent even when the rest is torn; only an all-0x00 commit
    ///   unit makes the record count.
    /// </remarks>
    public class RecordLayout
    {
        /// <summary>"KEL2" read as a little-endian integer: the format and its version (KEL1 plus damaged markers).</summary>
        public const uint Magic = 0x324C454B;

        /// <summary>"KEL1": sectors written before damaged markers existed; read as they are (the layout is the same).</summary>
        public const uint LegacyMagic = 0x314C454B;

        /// <summary>
        /// The longest CRC-protected block (bytes covered plus the CRC) whose single flipped bit is
        /// corrected: CRC-32 has a Hamming distance of 5 up to 2,974 bits, so within this a wrong
        /// correction would take at least 4 flipped bits.
        /// </summary>
        public const int LongestCorrectableBlock = 371;

        /// <summary>The largest id; 0xFFFF is never an id, so an erased header is never a record.</summary>
        public const int MaxId = 0xFFFE;

        /// <summary>Source sector of an open block that copied nothing.</summary>
        public const int NoSource = 0xFFFF;

        public const byte KindData = 0x44;
        public const byte KindDelete = 0x58;

        /// <summary>A marker of length 0: the id's latest value was lost to damage; reads say Damaged until the id is written again.</summary>
        public const byte KindDamaged = 0x5A;

        /// <summary>The store's loss record (id <see cref="LossId"/>, <see cref="LossLength"/> bytes): sectors found unreadable and their bytes, since the store was last erased.</summary>
        public const byte KindLoss = 0x4C;

        /// <summary>The loss record's id: 0xFFFF, never a record's (a header only takes it with <see cref="KindLoss"/>).</summary>
        public const int LossId = 0xFFFF;

        /// <summary>The loss record's payload: unreadable sectors 4, bytes lost in them 4.</summary>
        public const int LossLength = 8;

        /// <summary>Magic 4, erase count 4, CRC-32 4.</summary>
        public const int FormatFieldBytes = 12;

        /// <summary>Sequence 4, source sector 2, reserved 2, source sequence 4, CRC-32 4.</summary>
        public const int OpenFieldBytes = 16;

        /// <summary>Id 2, length 2, kind 1, reserved 3, CRC-32 4.</summary>
        public const int HeaderFieldBytes = 12;

        /// <summary>Header bytes the CRCs cover (everything before the header's own CRC).</summary>
        public const int HeaderCoveredBytes = 8;

        public const int CrcBytes = 4;

        /// <summary>The smallest unit the layout uses, whatever the part's program granularity.</summary>
        public const int MinimumUnit = 4;

        /// <summary>The largest payload a header can describe.</summary>
        public const int MaxLength = 0xFFFF;

        private readonly int _unit;
        private readonly int _sectorSize;
        private readonly int _formatRegion;
        private readonly int _openRegion;
        private readonly int _headerRegion;

        /// <param name="programUnit">The part's program granularity: a power of two from 1 to 256.</param>
        /// <param name="sectorSize">Bytes per sector: a multiple of the unit.</param>
        public RecordLayout(int programUnit, int sectorSize)
        {
            if (programUnit < 1 || programUnit > 256 || (programUnit & (programUnit - 1)) != 0)
            {
                throw new ArgumentOutOfRangeException("programUnit", "The flash reports a program unit of " + programUnit
                    + " bytes; the record store needs a power of two from 1 to 256. Check the flash port's ProgramUnit.");
            }

            _unit = programUnit < MinimumUnit ? MinimumUnit : programUnit;
            if (sectorSize < _unit || sectorSize % _unit != 0)
            {
                throw new ArgumentOutOfRangeException("sectorSize", "The flash has sectors of " + sectorSize
                    + " bytes, not a multiple of the record store's unit of " + _unit + " bytes. Check the flash geometry.");
            }

            _sectorSize = sectorSize;
            _formatRegion = AlignUp(FormatFieldBytes);
            _openRegion = AlignUp(OpenFieldBytes);
            _headerRegion = AlignUp(HeaderFieldBytes);
        }

        /// <summary>Bytes every region is a multiple of.</summary>
        public int Unit
        {
            get { return _unit; }
        }

        public int SectorSize
        {
            get { return _sectorSize; }
        }

        public int OpenOffset
        {
            get { return _formatRegion; }
        }

        public int DoneOffset
        {
            get { return _formatRegion + _openRegion; }
        }

        /// <summary>Where the first record of a sector starts: the sector header's size.</summary>
        public int FirstRecordOffset
        {
            get { return _formatRegion + _openRegion + _unit; }
        }

        /// <summary>Bytes of records one sector holds.</summary>
        public int DataCapacity
        {
            get { return _sectorSize - FirstRecordOffset; }
        }

        public int FormatRegion
        {
            get { return _formatRegion; }
        }

        public int OpenRegion
        {
            get { return _openRegion; }
        }

        /// <summary>Bytes of the header region (the header padded to the unit); it starts one unit into the record.</summary>
        public int HeaderRegion
        {
            get { return _headerRegion; }
        }

        /// <summary>Offset of the payload from the start of the record.</summary>
        public int PayloadOffset
        {
            get { return _unit + _headerRegion; }
        }

        /// <summary>Bytes a record with a payload of length bytes takes on flash.</summary>
        public int RecordBytes(int length)
        {
            return _unit + _headerRegion + AlignUp(length + CrcBytes);
        }

        /// <summary>The longest payload whose record fits in an empty sector.</summary>
        public int LongestFittingPayload
        {
            get { return DataCapacity - _unit - _headerRegion - CrcBytes; }
        }

        /// <summary>Whether count bytes from offset have at most half their bits at 1: a commit unit or done marker that was written.</summary>
        public static bool IsWritten(byte[] data, int offset, int count)
        {
            return OnesIn(data, offset, count) * 2 <= count * 8;
        }

        /// <summary>Whether count bytes from offset read as zeroed on purpose: at most one bit in eight at 1 (random bytes never are).</summary>
        public static bool IsZeroed(byte[] data, int offset, int count)
        {
            return OnesIn(data, offset, count) <= count;
        }

        private static int OnesIn(byte[] data, int offset, int count)
        {
            int ones = 0;
            for (int i = offset; i < offset + count; i++)
            {
                int b = data[i];
                while (b != 0)
                {
                    ones += b & 1;
                    b >>= 1;
                }
            }

            return ones;
        }

        /// <summary>value rounded up to a multiple of the unit.</summary>
        public int AlignUp(int value)
        {
            return (value + _unit - 1) / _unit * _unit;
        }
    }
}
