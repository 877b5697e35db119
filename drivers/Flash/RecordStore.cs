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
    /// <item>A record is programmed header, then payload and CRC, then commit unit; it counts only once its commit unit reads all 0x00.</item>
    /// <item>Records are appended to the newest open sector only, so the log order (sectors by sequence, then offset) is the order the writes happened; mount replays it.</item>
    /// <item>Outside a reclaim at least one sector is free (erased, formatted, not opened): the spare a reclaim copies into.</item>
    /// <item>A reclaim of sector V into the spare D opens D naming V and V's sequence, copies V's live records, then writes D's done marker: the commit point. V is untouched until then, so mount rolls an unfinished reclaim back by erasing D; after it, mount ignores and erases V, and any sector older than V (one whose erase failed).</item>
    /// <item>The victim of a reclaim is always the oldest open sector, so wear goes round all sectors and every older record of an id lies in that sector or in one already erased: delete markers are never copied forward.</item>
    /// <item>A sector's header is written only as erase, format block, open block, done marker. A sector without a valid format block holds nothing and is erased before use; one the store gives up on (a failed erase) gets its format block zeroed so no later mount reads its old records as current.</item>
    /// <item>Sequences are unique and rising (32 bits: about 4 × 10^9 sector openings).</item>
    /// </list>
    /// After a power cut at any point, <see cref="TryMount"/> returns every record whose write
    /// returned <see cref="StoreResult.Ok"/>, the old or the new value of the record being written
    /// (never a mix), and loses nothing to an interrupted reclaim or erase.
    /// All RAM is taken in the constructor: the page and copy buffers from a <see cref="BlockPool"/>,
    /// the index from a <see cref="SlotPool"/> of the configured capacity, and one small table per
    /// sector. Mount, write, read and delete allocate nothing. Not thread-safe: the store belongs
    /// to the main loop.
    /// </remarks>
    public class RecordStore
    {
        private const int NoSector = -1;

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

        private int _active = NoSector;
        private uint _lastSequence;
        private int _highestEraseCountFound;
        private int _liveBytes;
        private bool _mounted;
        private int _deletingSlot = -1;
        private int _crcFailuresFound;
        private int _tornRecordsFound;
        private bool _indexOverflowFound;
        private bool _tooLongFound;

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

        public bool Contains(int id)
        {
            return _index.Find(id) >= 0;
        }

        /// <summary>The payload length of the record with this id, or -1 when there is none.</summary>
        public int LengthOf(int id)
        {
            int slot = _index.Find(id);
            return slot < 0 ? -1 : _index.LengthAt(slot);
        }

        /// <summary>
        /// Scans every sector, finishes or rolls back what a power cut interrupted, erases what
        /// holds nothing, and rebuilds the index. Formats a blank or foreign flash (every sector
        /// without a valid header is erased). Call at boot, and again after any FlashFailed to
        /// resynchronise with the flash.
        /// </summary>
        /// <returns>
        /// Ok; FlashFailed when a read failed (the store is not mounted) or an erase or program
        /// failed (mounted: reads work, writes may fail); IndexFull or RecordTooLong when the flash
        /// holds more ids than the index, or longer records than the config allows (written under
        /// a larger config): those cannot be read and go at the next reclaim of their sector.
        /// </returns>
        public StoreResult TryMount()
        {
            _mounted = false;
            _index.Clear();
            _liveBytes = 0;
            _active = NoSector;
            _lastSequence = 0;
            _highestEraseCountFound = 0;
            _crcFailuresFound = 0;
            _tornRecordsFound = 0;
            _indexOverflowFound = false;
            _tooLongFound = false;
            _refusedSize = int.MaxValue;
            for (int sector = 0; sector < _sectorCount; sector++)
            {
                if (!ReadSectorHeader(sector))
                {
                    return StoreResult.FlashFailed;
                }
            }

            ResolveReclaims();
            if (!ReplayOpenSectors())
            {
                return StoreResult.FlashFailed;
            }

            StoreResult result = RepairSectors() ? StoreResult.Ok : StoreResult.FlashFailed;
            if (_active == NoSector)
            {
                int sector = LeastErasedFree();
                if (sector == NoSector || !OpenSector(sector, RecordLayout.NoSource))
                {
                    result = StoreResult.FlashFailed;
                }
                else
                {
                    _active = sector;
                }
            }

            _mounted = true;
            _statistics.SetMountFindings(_crcFailuresFound, _tornRecordsFound);
            RefreshStatistics();
            if (result == StoreResult.Ok && _indexOverflowFound)
            {
                return StoreResult.IndexFull;
            }

            return result == StoreResult.Ok && _tooLongFound ? StoreResult.RecordTooLong : result;
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
            BuildRecord(id, RecordLayout.KindData, data, offset, length);
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
        /// <returns>Ok; UnknownId, BufferTooSmall, InvalidArgument, NotMounted, FlashFailed, or Corrupt when the bytes read fail their CRC.</returns>
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
            return crc == LittleEndian.ReadUInt32(_arena, _copy + RecordLayout.HeaderCoveredBytes) ? StoreResult.Ok : StoreResult.Corrupt;
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
            BuildRecord(id, RecordLayout.KindDelete, null, 0, 0);

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

            if (_states[sector] != SectorState.Open || _sequences[sector] != sequence)
            {
                // A reclaim erased the record's sector without copying it, and every older record of
                // the id was in that sector or older ones: no delete marker is needed.
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

        /// <summary>Makes the active sector able to take size more bytes: opens a free sector or reclaims the oldest.</summary>
        /// <param name="size">Bytes of the record to append.</param>
        /// <param name="releasedBytes">Live bytes the operation gives up (a deleted record), for the capacity check.</param>
        private StoreResult EnsureRoom(int size, int releasedBytes)
        {
            if (_active != NoSector && _used[_active] + size <= _dataCapacity)
            {
                return StoreResult.Ok;
            }

            int liveAfter = _liveBytes - releasedBytes;
            if (liveAfter + size > (_sectorCount - 1) * _dataCapacity || (size >= _refusedSize && liveAfter >= _refusedLiveBytes))
            {
                return StoreResult.StoreFull;
            }

            // Each attempt frees the dead space of one sector; after a whole round nothing more can be won.
            for (int attempt = 0; attempt < _sectorCount; attempt++)
            {
                StoreResult result = AdvanceActive();
                if (result != StoreResult.Ok)
                {
                    return result;
                }

                if (_used[_active] + size <= _dataCapacity)
                {
                    return StoreResult.Ok;
                }
            }

            _refusedSize = size;
            _refusedLiveBytes = liveAfter;
            return StoreResult.StoreFull;
        }

        /// <summary>Moves the appends to a new sector: a free one while two or more are free, else the spare, after a reclaim into it.</summary>
        private StoreResult AdvanceActive()
        {
            if (CountFree() == 0)
            {
                // Only failed erases leave no spare: try them again.
                RepairSectors();
            }

            int free = CountFree();
            int oldest = OldestOpen();
            if (free == 0)
            {
                return StoreResult.FlashFailed;
            }

            if (free >= 2 || oldest == NoSector)
            {
                int sector = LeastErasedFree();
                if (!OpenSector(sector, RecordLayout.NoSource))
                {
                    return StoreResult.FlashFailed;
                }

                _active = sector;
                return StoreResult.Ok;
            }

            return Reclaim(oldest, LeastErasedFree());
        }

        /// <summary>Copies the live records of victim into the free destination, commits, then erases victim.</summary>
        private StoreResult Reclaim(int victim, int destination)
        {
            if (!OpenSector(destination, victim))
            {
                return StoreResult.FlashFailed;
            }

            int victimStart = victim * _sectorSize;
            int next = destination * _sectorSize + _layout.FirstRecordOffset;
            for (int slot = 0; slot < _index.Capacity; slot++)
            {
                if (LivesIn(slot, victimStart))
                {
                    int size = _layout.RecordBytes(_index.LengthAt(slot));
                    if (!CopyRecord(_index.AddressAt(slot), next, size))
                    {
                        Discard(destination);
                        return StoreResult.FlashFailed;
                    }

                    next += size;
                }
            }

            if (!WriteDoneMarker(destination))
            {
                Discard(destination);
                return StoreResult.FlashFailed;
            }

            // Committed: the copies are the records now, in the order they were copied.
            next = destination * _sectorSize + _layout.FirstRecordOffset;
            for (int slot = 0; slot < _index.Capacity; slot++)
            {
                if (LivesIn(slot, victimStart))
                {
                    _index.Move(slot, next);
                    next += _layout.RecordBytes(_index.LengthAt(slot));
                }
            }

            _used[destination] = next - destination * _sectorSize - _layout.FirstRecordOffset;
            _active = destination;
            _statistics.CountReclaim();

            // A failed erase is counted and left to the next repair; the copies are already safe.
            Discard(victim);
            return StoreResult.Ok;
        }

        private bool LivesIn(int slot, int sectorStart)
        {
            if (!_index.InUse(slot) || slot == _deletingSlot)
            {
                return false;
            }

            int address = _index.AddressAt(slot);
            return address >= sectorStart && address < sectorStart + _sectorSize;
        }

        /// <summary>Applies one record, in log order, to the index: a data record replaces its id's entry, a delete removes it.</summary>
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
                else
                {
                    _index.Set(slot, address, length);
                    _liveBytes += _layout.RecordBytes(length);
                }
            }
            else if (kind == RecordLayout.KindData)
            {
                if (_index.Add(id, address, length) < 0)
                {
                    // Only at mount, when the flash holds more ids than this index (a smaller capacity than before).
                    _indexOverflowFound = true;
                    return;
                }

                _liveBytes += _layout.RecordBytes(length);
            }

            if (_liveBytes < liveBefore)
            {
                _refusedSize = int.MaxValue;
            }
        }

        // ---- Mount ----

        /// <summary>Reads one sector's header into the sector table; false only when the flash refused the read.</summary>
        private bool ReadSectorHeader(int sector)
        {
            int start = sector * _sectorSize;
            _states[sector] = SectorState.NeedsErase;
            _eraseCounts[sector] = -1;
            _sequences[sector] = 0;
            _sources[sector] = RecordLayout.NoSource;
            _sourceSequences[sector] = 0;
            _done[sector] = false;
            _used[sector] = 0;
            if (!Read(start, _arena, _copy, _layout.FirstRecordOffset))
            {
                return false;
            }

            if (LittleEndian.ReadUInt32(_arena, _copy) != RecordLayout.Magic
                || Crc32.Compute(_arena, _copy, 8) != LittleEndian.ReadUInt32(_arena, _copy + 8))
            {
                return true;
            }

            _eraseCounts[sector] = (int)LittleEndian.ReadUInt32(_arena, _copy + 4);
            if (_eraseCounts[sector] > _highestEraseCountFound)
            {
                _highestEraseCountFound = _eraseCounts[sector];
            }

            int open = _copy + _layout.OpenOffset;
            int done = _copy + _layout.DoneOffset;
            if (IsAll(open, _layout.OpenRegion, 0xFF))
            {
                // Nothing is written into a sector before it is opened: anything else means an unfinished erase.
                bool blank = IsAll(done, _unit, 0xFF) && IsBlank(start + _layout.FirstRecordOffset, _dataCapacity);
                _states[sector] = blank ? SectorState.Free : SectorState.NeedsErase;
                return true;
            }

            if (Crc32.Compute(_arena, open, 12) != LittleEndian.ReadUInt32(_arena, open + 12))
            {
                return true;
            }

            _sequences[sector] = LittleEndian.ReadUInt32(_arena, open);
            _sources[sector] = LittleEndian.ReadUInt16(_arena, open + 4);
            _sourceSequences[sector] = LittleEndian.ReadUInt32(_arena, open + 8);
            _done[sector] = IsAll(done, _unit, 0x00);
            _states[sector] = SectorState.Open;
            if (_sequences[sector] > _lastSequence)
            {
                _lastSequence = _sequences[sector];
            }

            return true;
        }

        /// <summary>A committed reclaim makes its source obsolete; an unfinished one is rolled back (its destination erased).</summary>
        private void ResolveReclaims()
        {
            // A reclaim always takes the oldest open sector, so once a committed reclaim has taken
            // the sector of sequence s, no open sector of a sequence up to s holds anything current:
            // it is that source (its erase not done yet) or an older one whose erase failed.
            uint reclaimedUpTo = 0;
            for (int sector = 0; sector < _sectorCount; sector++)
            {
                if (_states[sector] == SectorState.Open && _done[sector] && _sources[sector] != RecordLayout.NoSource
                    && _sourceSequences[sector] > reclaimedUpTo)
                {
                    reclaimedUpTo = _sourceSequences[sector];
                }
            }

            for (int sector = 0; sector < _sectorCount; sector++)
            {
                bool obsolete = _sequences[sector] <= reclaimedUpTo;
                bool unfinished = _sources[sector] != RecordLayout.NoSource && !_done[sector];
                if (_states[sector] == SectorState.Open && (obsolete || unfinished))
                {
                    _states[sector] = SectorState.NeedsErase;
                }
            }
        }

        /// <summary>Replays the open sectors oldest first; the newest becomes the active one.</summary>
        private bool ReplayOpenSectors()
        {
            uint previous = 0;
            while (true)
            {
                int next = LowestSector(SectorState.Open, true, previous);
                if (next == NoSector)
                {
                    return true;
                }

                if (!ScanSector(next))
                {
                    return false;
                }

                _active = next;
                previous = _sequences[next];
            }
        }

        /// <summary>Applies one open sector's records to the index in the order they were written and finds where appends go on.</summary>
        private bool ScanSector(int sector)
        {
            int start = sector * _sectorSize;
            int position = _layout.FirstRecordOffset;
            int smallest = _layout.RecordBytes(0);
            int headerEnd = _layout.PayloadOffset;
            while (position + smallest <= _sectorSize)
            {
                int address = start + position;
                if (!Read(address, _arena, _copy, headerEnd))
                {
                    return false;
                }

                if (IsAll(_copy, headerEnd, 0xFF))
                {
                    // The end of the log, unless something was programmed further on (never, short of damage).
                    if (!IsBlank(address + headerEnd, _sectorSize - position - headerEnd))
                    {
                        _crcFailuresFound++;
                        position = _sectorSize;
                    }

                    break;
                }

                bool committed = IsAll(_copy, _unit, 0x00);
                int length = ValidHeaderLength(position);
                if (length >= 0)
                {
                    int size = _layout.RecordBytes(length);
                    if (!committed)
                    {
                        _tornRecordsFound++;
                    }
                    else if (length > _maxRecordLength)
                    {
                        // The newest value is longer than this config holds. It still supersedes
                        // the older value, so forget the id rather than serve stale data.
                        _tooLongFound = true;
                        ApplyToIndex(LittleEndian.ReadUInt16(_arena, _copy + _unit), RecordLayout.KindDelete, address, 0);
                    }
                    else if (PayloadMatchesCrc(address, length))
                    {
                        int header = _copy + _unit;
                        ApplyToIndex(LittleEndian.ReadUInt16(_arena, header), _arena[header + 4], address, length);
                    }
                    else
                    {
                        _crcFailuresFound++;
                    }

                    position += size;
                }
                else if (committed)
                {
                    // A committed record whose header changed afterwards: its length cannot be trusted,
                    // so nothing after it can be found. The rest of the sector is dead.
                    _crcFailuresFound++;
                    position = _sectorSize;
                    break;
                }
                else
                {
                    // Torn while its header was programmed: nothing of it lies past the header.
                    _tornRecordsFound++;
                    position += headerEnd;
                }
            }

            _used[sector] = position - _layout.FirstRecordOffset;
            if (_used[sector] > _dataCapacity)
            {
                _used[sector] = _dataCapacity;
            }

            return true;
        }

        /// <summary>The payload length of the header in the copy buffer, or -1 when the header is not a valid, fitting one.</summary>
        private int ValidHeaderLength(int position)
        {
            int header = _copy + _unit;
            if (Crc32.Compute(_arena, header, RecordLayout.HeaderCoveredBytes) != LittleEndian.ReadUInt32(_arena, header + RecordLayout.HeaderCoveredBytes))
            {
                return -1;
            }

            int id = LittleEndian.ReadUInt16(_arena, header);
            int length = LittleEndian.ReadUInt16(_arena, header + 2);
            byte kind = _arena[header + 4];
            bool kindValid = kind == RecordLayout.KindData || (kind == RecordLayout.KindDelete && length == 0);
            if (id > RecordLayout.MaxId || !kindValid || position + _layout.RecordBytes(length) > _sectorSize)
            {
                return -1;
            }

            return length;
        }

        /// <summary>Reads the payload and CRC of the record whose header is in the copy buffer into the page buffer and checks them.</summary>
        private bool PayloadMatchesCrc(int address, int length)
        {
            if (!Read(address + _layout.PayloadOffset, _arena, _page, length + RecordLayout.CrcBytes))
            {
                return false;
            }

            uint crc = Crc32.Update(Crc32.Start, _arena, _copy + _unit, RecordLayout.HeaderCoveredBytes);
            crc = Crc32.Finish(Crc32.Update(crc, _arena, _page, length));
            return crc == LittleEndian.ReadUInt32(_arena, _page + length);
        }

        /// <summary>Erases and formats every sector that needs it; false when one could not be.</summary>
        private bool RepairSectors()
        {
            bool allRepaired = true;
            for (int sector = 0; sector < _sectorCount; sector++)
            {
                if (_states[sector] == SectorState.NeedsErase && !Discard(sector))
                {
                    allRepaired = false;
                }
            }

            return allRepaired;
        }

        // ---- Sector and record programming ----

        /// <summary>Erases a sector the store no longer needs and formats it free; on failure zeroes its format block.</summary>
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

            // Zeroes always program (they only clear bits): no later mount can take this sector's old records for current ones.
            _states[sector] = SectorState.NeedsErase;
            Array.Clear(_arena, _copy, _layout.FormatRegion);
            _flash.Program(sector * _sectorSize, _arena, _copy, _layout.FormatRegion);
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

        /// <summary>Assembles a record in the page buffer exactly as it goes on flash (commit unit already 0x00).</summary>
        private void BuildRecord(int id, byte kind, byte[] data, int offset, int length)
        {
            int header = _page + _unit;
            int payload = _page + _layout.PayloadOffset;
            Array.Clear(_arena, _page, _unit);
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
            Fill(end, _page + _layout.RecordBytes(length) - end, 0xFF);
        }

        /// <summary>Copies a record as it is (header, payload, CRC) to another place, programmed in the same order as a new one.</summary>
        private bool CopyRecord(int from, int to, int size)
        {
            if (!Read(from + _unit, _arena, _copy + _unit, size - _unit))
            {
                return false;
            }

            Array.Clear(_arena, _copy, _unit);
            return ProgramRecord(to, _copy, size);
        }

        /// <summary>Header, then payload and CRC, then the commit unit: each its own program, in this order.</summary>
        private bool ProgramRecord(int address, int bufferOffset, int size)
        {
            int payload = _layout.PayloadOffset;
            return Program(address + _unit, bufferOffset + _unit, _layout.HeaderRegion)
                && Program(address + payload, bufferOffset + payload, size - payload)
                && Program(address, bufferOffset, _unit);
        }

        // ---- Flash access: every failure is counted ----

        private bool Program(int address, int arenaOffset, int count)
        {
            if (_flash.Program(address, _arena, arenaOffset, count) == FlashResult.Ok)
            {
                return true;
            }

            _statistics.CountFlashFailure();
            return false;
        }

        private bool Read(int address, byte[] buffer, int offset, int count)
        {
            if (_flash.Read(address, buffer, offset, count) == FlashResult.Ok)
            {
                return true;
            }

            _statistics.CountFlashFailure();
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

        // ---- Sector table ----

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
            _statistics.SetContents(_index.Count, _liveBytes, used - _liveBytes, free);
            _statistics.SetEraseRange(least == int.MaxValue ? 0 : least, most);
        }
    }
}
