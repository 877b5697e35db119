using System;
using Keel.Drivers.Ports;
using Keel.Pools;

namespace Keel.Drivers.Flash
{
    /// <summary>Keyed records on NOR flash that survive a power cut at any instant: append-only, CRC-checked, reclaimed sector by sector.</summary>
    /// <remarks>
    /// Records are written, overwritten, deleted and read by a small integer id (0 .. <see cref="RecordLayout.MaxId"/>),
    /// up to a configured length. <see cref="RecordLayout"/> describes the format. Invariants:
    /// <list type="number">
    /// <item>A record is programmed header, then payload and CRC, then commit unit; it counts only once its commit unit reads as written (at most half its bits at 1).</item>
    /// <item>Records are appended to the newest open sector only, so the log order (sectors by sequence, then offset) is the order the writes happened; mount replays it.</item>
    /// <item>Outside a reclaim at least one sector is free (erased, formatted, not opened): the spare a reclaim copies into.</item>
    /// <item>A reclaim of sector V into the spare D opens D naming V and V's sequence, copies V's live records, then writes D's done marker: the commit point. V is untouched until then, so mount rolls an unfinished reclaim back by erasing D; after it, mount ignores and erases V, and any sector older than V (one whose erase failed).</item>
    /// <item>The victim of a reclaim is always the oldest open sector, so wear goes round all sectors and every older record of an id lies in that sector or in one already erased: delete markers are never copied forward.</item>
    /// <item>A sector's header is written only as erase, format block, open block, done marker. A sector with neither a valid format block nor a valid open block holds nothing and is erased before use, unless it holds data: then it is examined and counted (RecordStoreDamage.cs), never erased in silence; one the store gives up on (a failed erase) gets its whole header zeroed so no later mount reads its old records as current.</item>
    /// <item>Sequences are unique and rising (32 bits: about 4 × 10^9 sector openings).</item>
    /// </list>
    /// After a power cut at any point, <see cref="TryMount"/> returns every record whose write
    /// returned <see cref="StoreResult.Ok"/>, the old or the new value of the record being written
    /// (never a mix), and loses nothing to an interrupted reclaim or erase. Against damage (reads
    /// that fail, flipped bits: docs/flash-reliability.md) it returns each record's latest value
    /// or says it cannot: a read that still fails after retries is FlashFailed (never taken for a
    /// CRC mismatch or a blank), one flipped bit in a CRC-protected block is corrected, and a
    /// value that cannot be proven reads <see cref="StoreResult.Damaged"/>, kept so on flash by a
    /// damaged marker and counted in the statistics; never an older value, never a deleted one back.
    /// The class is split by idea: this file (construction, writes, reads, deletes),
    /// RecordStoreMount.cs (mount, erase, the replay of the log), RecordStoreHeaders.cs (sector
    /// headers, reclaims to finish, repairs), RecordStoreLog.cs (appending, the index, programming
    /// headers and records), RecordStoreReclaim.cs (making room, reclaims),
    /// RecordStoreDamage.cs (damaged ids, their markers, unreadable sectors, the loss record) and
    /// RecordStoreFlash.cs (flash access with retries, CRC correction, the sector table).
    /// All RAM is taken in the constructor: the page and copy buffers from a <see cref="BlockPool"/>,
    /// the index from a <see cref="SlotPool"/> of the configured capacity, and one small table per
    /// sector. Mount, write, read and delete allocate nothing. Not thread-safe: the store belongs
    /// to the main loop.
    /// </remarks>
    public partial class RecordStore
    {
        private const int NoSector = -1;

        /// <summary>Reads tried before the store takes a read as failed (each failure is counted).</summary>
        private const int ReadAttempts = 3;

        private readonly string _name;
        private readonly INorFlash _flash;
        private readonly RecordLayout _layout;
        private readonly int _sectorSize;
        private readonly int _sectorCount;
        private readonly int _unit;
        private readonly int _dataCapacity;
        private readonly int _maxRecordLength;
        private readonly BlockPool _buffers;
        private readonly byte[] _arena;
        private readonly int _page;
        private readonly int _copy;
        private readonly RecordIndex _index;
        private readonly RecordStoreStatistics _statistics;

        // One entry per sector. Sources, source sequences and done markers are read at mount only.
        private readonly SectorState[] _states;
        private readonly uint[] _sequences;
        private readonly int[] _eraseCounts;
        private readonly int[] _used;
        private readonly int[] _sources;
        private readonly uint[] _sourceSequences;
        private readonly bool[] _done;
        private readonly bool[] _erasing;

        private int _active = NoSector;
        private uint _lastSequence;
        private int _highestEraseCountFound;
        private int _liveBytes;
        private bool _mounted;
        private int _deletingSlot = -1;

        // A record program failed since the mount: what it left may read as committed at the next mount.
        private bool _failedProgramOnFlash;
        private int _crcFailuresFound;
        private int _tornRecordsFound;
        private bool _indexOverflowFound;
        private bool _tooLongFound;
        private bool _readFailed;
        private int _unreadableSectorsFound;
        private int _lostBytesFound;
        private int _unreadableBytesFound;
        private int _orphanHeaders;

        // The loss record: totals since the store was last erased, and where the record is (-1: none).
        private int _lossSectors;
        private int _lossBytes;
        private int _lossAddress = -1;

        // A request of at least this size already failed with this much live data: refuse it at
        // once instead of erasing every sector again (a full store hammered with writes would wear out).
        private int _refusedSize = int.MaxValue;
        private int _refusedLiveBytes;

        /// <param name="name">Names the store's pools in the memory map ("name-pages", "name-index").</param>
        /// <param name="flash">The flash port; the store uses all of it.</param>
        /// <param name="indexCapacity">Most ids the store holds at once (a const of the board config).</param>
        /// <param name="maxRecordLength">Longest payload in bytes (a const of the board config).</param>
        public RecordStore(string name, INorFlash flash, int indexCapacity, int maxRecordLength)
            : this(name, flash, indexCapacity, maxRecordLength, null)
        {
        }

        /// <param name="name">Names the store's pools in the memory map ("name-pages", "name-index").</param>
        /// <param name="flash">The flash port; the store uses all of it.</param>
        /// <param name="indexCapacity">Most ids the store holds at once (a const of the board config).</param>
        /// <param name="maxRecordLength">Longest payload in bytes (a const of the board config).</param>
        /// <param name="plan">When given, the buffer pool and the index are added to it.</param>
        public RecordStore(string name, INorFlash flash, int indexCapacity, int maxRecordLength, MemoryPlan plan)
        {
            if (flash == null)
            {
                throw new ArgumentNullException("flash", "Record store '" + name + "' needs the board's flash port.");
            }

            _layout = new RecordLayout(flash.ProgramUnit, flash.SectorSize);
            if (flash.SectorCount < 2)
            {
                throw new ArgumentOutOfRangeException("flash", "Record store '" + name + "' needs at least 2 flash sectors "
                    + "(one takes the records, one stays erased for reclaims) but the flash has " + flash.SectorCount
                    + ". Give the store more sectors in the board config.");
            }

            int longest = _layout.LongestFittingPayload;
            if (longest > RecordLayout.MaxLength)
            {
                longest = RecordLayout.MaxLength;
            }

            if (maxRecordLength < 0 || maxRecordLength > longest)
            {
                throw new ArgumentOutOfRangeException("maxRecordLength", "Record store '" + name + "' is configured for records of up to "
                    + maxRecordLength + " bytes, but a " + flash.SectorSize + "-byte sector holds payloads of 0 to " + longest
                    + " bytes. Set the max record length within that, or use larger sectors.");
            }

            if (flash.SectorCount == 2 && 2 * _layout.RecordBytes(maxRecordLength) > _layout.DataCapacity)
            {
                int updatable = (_layout.DataCapacity / 2 - _layout.PayloadOffset) / _layout.Unit * _layout.Unit - RecordLayout.CrcBytes;
                throw new ArgumentOutOfRangeException("maxRecordLength", "Record store '" + name + "' on 2 flash sectors cannot update a record of "
                    + maxRecordLength + " bytes: the spare sector must take the old and the new value together. Set the max record length to at most "
                    + updatable + " bytes, or give the store 3 or more sectors.");
            }

            if (indexCapacity < 1)
            {
                throw new ArgumentOutOfRangeException("indexCapacity", "Record store '" + name + "' has an index of "
                    + indexCapacity + " ids; it needs at least 1. Set the index capacity in the board config.");
            }

            _name = name;
            _flash = flash;
            _sectorSize = flash.SectorSize;
            _sectorCount = flash.SectorCount;
            _unit = _layout.Unit;
            _dataCapacity = _layout.DataCapacity;
            _maxRecordLength = maxRecordLength;

            int blockSize = _layout.RecordBytes(maxRecordLength);
            if (blockSize < _layout.FirstRecordOffset)
            {
                blockSize = _layout.FirstRecordOffset;
            }

            // The page buffer assembles the record being written and checks payloads at mount;
            // the copy buffer holds sector and record headers and the records a reclaim copies.
            _buffers = new BlockPool(name + "-pages", blockSize, 2);
            _page = _buffers.OffsetOf(_buffers.Acquire());
            _copy = _buffers.OffsetOf(_buffers.Acquire());
            _arena = _buffers.Arena;
            _index = new RecordIndex(name + "-index", indexCapacity);

            _states = new SectorState[_sectorCount];
            _sequences = new uint[_sectorCount];
            _eraseCounts = new int[_sectorCount];
            _used = new int[_sectorCount];
            _sources = new int[_sectorCount];
            _sourceSequences = new uint[_sectorCount];
            _done = new bool[_sectorCount];
            _erasing = new bool[_sectorCount];
            _statistics = new RecordStoreStatistics(_eraseCounts);
            if (plan != null)
            {
                plan.Add(_buffers);
                plan.Add(_index.Slots);
            }
        }

        public string Name
        {
            get { return _name; }
        }

        public RecordLayout Layout
        {
            get { return _layout; }
        }

        public int MaxRecordLength
        {
            get { return _maxRecordLength; }
        }

        public int IndexCapacity
        {
            get { return _index.Capacity; }
        }

        /// <summary>The page and copy buffers (two blocks, both held by the store), for the memory map.</summary>
        public BlockPool Buffers
        {
            get { return _buffers; }
        }

        /// <summary>The index's slots, for the memory map: in use = records, failures = writes refused with IndexFull.</summary>
        public SlotPool IndexSlots
        {
            get { return _index.Slots; }
        }

        public RecordStoreStatistics Statistics
        {
            get { return _statistics; }
        }

        public bool IsMounted
        {
            get { return _mounted; }
        }

        /// <summary>Records held (ids with a current value).</summary>
        public int Count
        {
            get { return _index.Count; }
        }

        /// <summary>Whether the store holds this id (a damaged one too: reading it says Damaged).</summary>
        public bool Contains(int id)
        {
            return _index.Find(id) >= 0;
        }

        /// <summary>The payload length of the record with this id, or -1 when there is none or its value was lost (damaged).</summary>
        public int LengthOf(int id)
        {
            int slot = _index.Find(id);
            return slot < 0 || _index.IsDamaged(slot) ? -1 : _index.LengthAt(slot);
        }

        /// <summary>Writes (or overwrites) the record id with length bytes of data from offset.</summary>
        /// <returns>Ok once it is on flash; else InvalidArgument, RecordTooLong, IndexFull, StoreFull, FlashFailed or NotMounted, and the previous value stands.</returns>
        public StoreResult TryWrite(int id, byte[] data, int offset, int length)
        {
            StoreResult check = CheckCall(id);
            if (check != StoreResult.Ok)
            {
                return check;
            }

            if (data == null || offset < 0 || length < 0)
            {
                return StoreResult.InvalidArgument;
            }

            if (length > _maxRecordLength)
            {
                return StoreResult.RecordTooLong;
            }

            if (offset > data.Length - length)
            {
                return StoreResult.InvalidArgument;
            }

            if (_index.Find(id) < 0 && !_index.CanAdd())
            {
                return StoreResult.IndexFull;
            }

            int size = _layout.RecordBytes(length);
            BuildRecord(_page, id, RecordLayout.KindData, data, offset, length);
            StoreResult room = EnsureRoom(size, 0);
            if (room != StoreResult.Ok)
            {
                RefreshStatistics();
                return room;
            }

            return Append(id, RecordLayout.KindData, length, size);
        }

        /// <summary>Copies the record id into buffer at offset, checking it against its CRC.</summary>
        /// <param name="id">The record's id.</param>
        /// <param name="buffer">Receives the payload.</param>
        /// <param name="offset">Where in buffer the payload goes.</param>
        /// <param name="length">Bytes copied; the record's length when the result is BufferTooSmall; else 0.</param>
        /// <returns>Ok (one flipped bit is corrected); UnknownId, BufferTooSmall, InvalidArgument, NotMounted, FlashFailed (the read still failed after retries), Damaged (the id's latest value was lost), or Corrupt when the bytes read fail their CRC.</returns>
        public StoreResult TryRead(int id, byte[] buffer, int offset, out int length)
        {
            length = 0;
            StoreResult check = CheckCall(id);
            if (check != StoreResult.Ok)
            {
                return check;
            }

            if (buffer == null || offset < 0 || offset > buffer.Length)
            {
                return StoreResult.InvalidArgument;
            }

            int slot = _index.Find(id);
            if (slot < 0)
            {
                return StoreResult.UnknownId;
            }

            if (_index.IsDamaged(slot))
            {
                return StoreResult.Damaged;
            }

            int recordLength = _index.LengthAt(slot);
            if (recordLength > buffer.Length - offset)
            {
                length = recordLength;
                return StoreResult.BufferTooSmall;
            }

            // The header's covered bytes and the stored CRC go to the copy buffer, the payload straight to the caller.
            int address = _index.AddressAt(slot);
            int payload = address + _layout.PayloadOffset;
            if (!Read(address + _unit, _arena, _copy, RecordLayout.HeaderCoveredBytes)
                || !Read(payload, buffer, offset, recordLength)
                || !Read(payload + recordLength, _arena, _copy + RecordLayout.HeaderCoveredBytes, RecordLayout.CrcBytes))
            {
                return StoreResult.FlashFailed;
            }

            length = recordLength;
            uint crc = Crc32.Update(Crc32.Start, _arena, _copy, RecordLayout.HeaderCoveredBytes);
            crc = Crc32.Finish(Crc32.Update(crc, buffer, offset, recordLength));
            uint stored = LittleEndian.ReadUInt32(_arena, _copy + RecordLayout.HeaderCoveredBytes);
            return crc == stored || CorrectRecord(_copy, buffer, offset, recordLength, _copy + RecordLayout.HeaderCoveredBytes, crc ^ stored, true)
                ? StoreResult.Ok : StoreResult.Corrupt;
        }

        /// <summary>Deletes the record id.</summary>
        /// <returns>Ok once the deletion survives a power cut; else UnknownId, InvalidArgument, StoreFull, FlashFailed or NotMounted, and the record stays.</returns>
        public StoreResult TryDelete(int id)
        {
            StoreResult check = CheckCall(id);
            if (check != StoreResult.Ok)
            {
                return check;
            }

            int slot = _index.Find(id);
            if (slot < 0)
            {
                return StoreResult.UnknownId;
            }

            int sector = _index.AddressAt(slot) / _sectorSize;
            uint sequence = _sequences[sector];
            int size = _layout.RecordBytes(0);
            BuildRecord(_page, id, RecordLayout.KindDelete, null, 0, 0);

            // The record being deleted is not copied by a reclaim this makes room with: if the power
            // goes after such a reclaim, the record is gone, which is the deletion's own outcome.
            _deletingSlot = slot;
            StoreResult room = EnsureRoom(size, _layout.RecordBytes(_index.LengthAt(slot)));
            _deletingSlot = -1;
            if (room != StoreResult.Ok)
            {
                RefreshStatistics();
                return room;
            }

            if ((_states[sector] != SectorState.Open || _sequences[sector] != sequence) && !_index.IsDamaged(slot) && !_failedProgramOnFlash)
            {
                // A reclaim erased the record's sector without copying it, and every older record of
                // the id was in that sector or older ones: no delete marker is needed. Not after a
                // failed program: a newer record of the id may be on flash, its commit unit half
                // zeroed, and read as committed at the next mount (only a marker supersedes it).
                ApplyToIndex(id, RecordLayout.KindDelete, 0, 0);
                RefreshStatistics();
                return StoreResult.Ok;
            }

            return Append(id, RecordLayout.KindDelete, 0, size);
        }

        private StoreResult CheckCall(int id)
        {
            if (!_mounted)
            {
                return StoreResult.NotMounted;
            }

            return id < 0 || id > RecordLayout.MaxId ? StoreResult.InvalidArgument : StoreResult.Ok;
        }

    }
}
