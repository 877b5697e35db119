using System;

namespace Keel.Pools
{
    /// <summary>An O(1) index allocator handing out generation-checked int handles; the caller owns the typed storage.</summary>
    /// <remarks>
    /// A handle is (generation &lt;&lt; 16) | slot index. Each slot's generation is odd while the
    /// slot is in use and even while it is free, and it steps on every acquire and every release,
    /// so a stale handle, a second release and a made-up handle are all told apart in O(1).
    /// Metadata lives out of band, 4 bytes a slot: the generation and one free-list entry.
    /// The free list is a stack by default (the most recently freed slot, warm in cache, goes
    /// out first) or, with FIFO reuse, a queue (a freed slot waits behind every other free slot,
    /// so memory a stale handle points at is not handed out again at once).
    /// A slot's generation repeats after 32,767 acquire/release cycles of that slot; a handle
    /// kept that long across reuse can no longer be told from the current one. Generation
    /// 0xFFFF is never handed out: it marks a quarantined slot.
    /// Not thread-safe: a pool belongs to one thread (Keel's main loop).
    /// </remarks>
    public class SlotPool : IPoolDiagnostics
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string KindName = "slot pool";
        private static readonly string FifoReuseNote = "fifo reuse";

        /// <summary>Slot indices are 16 bits wide.</summary>
        public const int MaxCapacity = 65536;

        private const int IndexBits = 16;
        private const int IndexMask = 0xFFFF;
        private const int MetadataBytesPerSlot = 4;
        private const int QuarantinedGeneration = 0xFFFF;

        private readonly string _name;
        private readonly int _capacity;
        private readonly int _slotBytes;
        private readonly ushort[] _generations;
        private readonly ushort[] _freeList;
        private readonly bool _fifoReuse;

        // True when Acquire and Release take the virtual special paths (FIFO reuse, hardening).
        private bool _special;
        private int _freeHead;
        private int _freeCount;
        private int _quarantined;


        // The fewest free slots since the last reset: the high-water mark is capacity − quarantined − this,
        // one comparison on the acquire path. Quarantine moves it with the free count so the mark never moves.
        private int _lowFree;
        private int _failures;
        private int _staleReleases;
        private int _doubleReleases;
        private int _invalidHandles;
        private int _outOfBounds;
        private int _misuses;
        private int _guardOverwrites;
        private PoolFault _lastFault;
        private int _lastFaultSlot = -1;

        /// <param name="name">Unique name for the memory map and the console.</param>
        /// <param name="capacity">Number of slots, 1 to 65,536 (a const of the board config).</param>
        /// <param name="slotBytes">Bytes the caller's typed arrays hold per slot, for the memory map.</param>
        public SlotPool(string name, int capacity, int slotBytes)
            : this(name, capacity, slotBytes, false)
        {
        }

        /// <param name="name">Unique name for the memory map and the console.</param>
        /// <param name="capacity">Number of slots, 1 to 65,536 (a const of the board config).</param>
        /// <param name="slotBytes">Bytes the caller's typed arrays hold per slot, for the memory map.</param>
        /// <param name="fifoReuse">Reuse freed slots first-freed-first-reused instead of last-freed-first.</param>
        public SlotPool(string name, int capacity, int slotBytes, bool fifoReuse)
        {
            if (name == null || name.Length == 0)
            {
                throw new ArgumentException("A pool needs a name: it is how the memory map and the console show it.");
            }

            if (capacity < 1 || capacity > MaxCapacity)
            {
                throw new ArgumentOutOfRangeException("capacity", "Pool '" + name + "' asks for " + capacity
                    + " slots; a slot pool holds 1 to 65536. Change its capacity in the board config.");
            }

            if (slotBytes < 0 || (long)capacity * slotBytes > int.MaxValue)
            {
                throw new ArgumentOutOfRangeException("slotBytes", "Pool '" + name + "' declares " + slotBytes
                    + " bytes per slot; declare the bytes the caller's arrays hold per slot (0 or more, under 2 GB in all).");
            }

            _name = name;
            _capacity = capacity;
            _slotBytes = slotBytes;
            _fifoReuse = fifoReuse;
            _special = fifoReuse;
            _generations = new ushort[capacity];
            _freeList = new ushort[capacity];

            // Either way slot 0 is handed out first: predictable for tests and maps.
            for (int i = 0; i < capacity; i++)
            {
                _freeList[i] = (ushort)(fifoReuse ? i : capacity - 1 - i);
            }

            _freeCount = capacity;
            _lowFree = capacity;
        }

        public string Name
        {
            get { return _name; }
        }

        public virtual string Kind
        {
            get { return KindName; }
        }

        public int Capacity
        {
            get { return _capacity; }
        }

        public int ItemBytes
        {
            get { return _slotBytes; }
        }

        public int StorageBytes
        {
            get { return _capacity * _slotBytes; }
        }

        public virtual int MetadataBytes
        {
            get { return _capacity * MetadataBytesPerSlot; }
        }

        public virtual string Notes
        {
            get { return _fifoReuse ? FifoReuseNote : string.Empty; }
        }

        /// <summary>Slots held by callers (quarantined slots are neither in use nor free).</summary>
        public int InUse
        {
            get { return _capacity - _freeCount - _quarantined; }
        }

        /// <summary>Slots withdrawn for good because their memory was found damaged.</summary>
        public int Quarantined
        {
            get { return _quarantined; }
        }

        public bool FifoReuse
        {
            get { return _fifoReuse; }
        }

        public int Free
        {
            get { return _freeCount; }
        }

        public int HighWater
        {
            get { return _capacity - _quarantined - _lowFree; }
        }

        public int Failures
        {
            get { return _failures; }
        }

        public int Faults
        {
            get { return _staleReleases + _doubleReleases + _invalidHandles + _outOfBounds + _misuses + _guardOverwrites; }
        }

        public int StaleHandles
        {
            get { return _staleReleases; }
        }

        public int DoubleReleases
        {
            get { return _doubleReleases; }
        }

        public int InvalidHandles
        {
            get { return _invalidHandles; }
        }

        public int OutOfBoundsAccesses
        {
            get { return _outOfBounds; }
        }

        public int GuardOverwrites
        {
            get { return _guardOverwrites; }
        }

        /// <summary>The slot (block) of the most recent fault, or -1 when it named none.</summary>
        public int LastFaultSlot
        {
            get { return _lastFaultSlot; }
        }

        /// <summary>The kind of the most recent fault, kept until statistics are reset.</summary>
        public PoolFault LastFault
        {
            get { return _lastFault; }
        }

        /// <summary>Takes a free slot: its handle, or <see cref="PoolHandle.None"/> (counted) when all are in use.</summary>
        public int Acquire()
        {
            // The plain pool's path inline, fields read once: on the interpreter each call and each
            // IL instruction counts. FIFO reuse and a block pool's hardening take AcquireSpecial.
            if (_special)
            {
                return AcquireSpecial();
            }

            int free = _freeCount - 1;
            if (free < 0)
            {
                _failures++;
                return PoolHandle.None;
            }

            _freeCount = free;
            int index = _freeList[free];
            int generation = _generations[index] + 1;
            if (generation == QuarantinedGeneration)
            {
                generation = 1;
            }

            _generations[index] = (ushort)generation;
            if (free < _lowFree)
            {
                _lowFree = free;
            }

            return (generation << IndexBits) | index;
        }

        /// <summary>Gives a slot back. A stale, repeated or made-up handle is refused, counted, and changes nothing.</summary>
        /// <returns><see cref="PoolFault.None"/> when released, else the fault found.</returns>
        public PoolFault Release(int handle)
        {
            int index = handle & IndexMask;
            int generation = (int)((uint)handle >> IndexBits);

            // Current: in range, odd (in use), not the quarantine mark, and the slot's generation now.
            // Anything else goes to Classify, which tells the faults apart. Checked once, here.
            if (index >= _capacity || (generation & 1) == 0 || generation == QuarantinedGeneration
                || _generations[index] != generation)
            {
                PoolFault fault = Classify(handle);
                RecordFault(fault, handle);
                return fault;
            }

            if (_special)
            {
                return ReleaseSpecial(handle);
            }

            _generations[index] = (ushort)(generation + 1);
            int free = _freeCount;
            _freeList[free] = (ushort)index;
            _freeCount = free + 1;
            return PoolFault.None;
        }

        /// <summary>
        /// Declared by a pool built on this one whose acquire and release do more (a block pool's
        /// guard bytes and zeroing): from then on both go through the virtual special paths.
        /// </summary>
        internal void TakeSpecialPaths()
        {
            _special = true;
        }

        /// <summary>Acquire when the pool is not plain: FIFO reuse here; a block pool adds its guard check.</summary>
        internal virtual int AcquireSpecial()
        {
            return AcquireAny();
        }

        /// <summary>Release of a handle just found current, when the pool is not plain: a block pool adds zeroing and its guard check.</summary>
        internal virtual PoolFault ReleaseSpecial(int handle)
        {
            ReleaseCurrent(handle);
            return PoolFault.None;
        }

        /// <summary>Releases a handle the caller has just found current, through the special path when the pool has one.</summary>
        internal PoolFault ReleaseValidated(int handle)
        {
            if (_special)
            {
                return ReleaseSpecial(handle);
            }

            ReleaseCurrent(handle);
            return PoolFault.None;
        }

        /// <summary>Takes a free slot whatever the reuse order: the general form of <see cref="Acquire"/>.</summary>
        internal int AcquireAny()
        {
            if (_freeCount == 0)
            {
                _failures++;
                return PoolHandle.None;
            }

            int index = TakeFree();
            int generation = _generations[index] + 1;
            if (generation == QuarantinedGeneration)
            {
                generation = 1;
            }

            _generations[index] = (ushort)generation;
            if (_freeCount < _lowFree)
            {
                _lowFree = _freeCount;
            }

            return (generation << IndexBits) | index;
        }

        /// <summary>
        /// Withdraws a slot in use for good (its memory was found damaged): it is never handed out
        /// again, and every handle to it, this one included, becomes stale.
        /// </summary>
        internal void Quarantine(int handle)
        {
            // Odd, so the walk sees "not free" rather than a leak; never issued, so no handle matches.
            _generations[handle & IndexMask] = QuarantinedGeneration;
            _quarantined++;
            _lowFree--;
        }

        /// <summary>The current handle of the slot at index when it is in use, else <see cref="PoolHandle.None"/>.</summary>
        internal int HandleOf(int index)
        {
            int generation = _generations[index];
            bool inUse = (generation & 1) != 0 && generation != QuarantinedGeneration;
            return inUse ? (generation << IndexBits) | index : PoolHandle.None;
        }

        internal bool IsQuarantined(int index)
        {
            return _generations[index] == QuarantinedGeneration;
        }

        /// <summary>The slot the next <see cref="Acquire"/> would hand out, or -1 when none is free.</summary>
        internal int PeekFree()
        {
            if (_freeCount == 0)
            {
                return -1;
            }

            return _fifoReuse ? _freeList[_freeHead] : _freeList[_freeCount - 1];
        }

        /// <summary>Withdraws the slot <see cref="PeekFree"/> names, without handing it out (its memory was found damaged).</summary>
        internal void QuarantineNextFree()
        {
            int index = TakeFree();
            _generations[index] = QuarantinedGeneration;
            _quarantined++;
            _lowFree--;
        }

        /// <summary>
        /// Puts one quarantined slot back on the free list, for a caller that has scrubbed its
        /// memory; its index, or -1 when none is quarantined. O(capacity): a rare path.
        /// </summary>
        internal int ReturnFromQuarantine()
        {
            for (int index = 0; _quarantined > 0 && index < _capacity; index++)
            {
                if (_generations[index] == QuarantinedGeneration)
                {
                    // Even, so free; the next acquire steps it past 0xFFFF to generation 1.
                    _generations[index] = QuarantinedGeneration - 1;
                    _freeList[FreePosition(_freeCount)] = (ushort)index;
                    _freeCount++;
                    _quarantined--;
                    _lowFree++;
                    return index;
                }
            }

            return -1;
        }

        /// <summary>The slot index a handle names, without checking that it is current.</summary>
        internal static int RawIndex(int handle)
        {
            return handle & IndexMask;
        }

        /// <summary>The slot index of a current handle, for addressing the caller's arrays; -1 (a counted fault) otherwise.</summary>
        public int IndexOf(int handle)
        {
            PoolFault fault = Classify(handle);
            if (fault != PoolFault.None)
            {
                RecordFault(fault, handle);
                return -1;
            }

            return handle & IndexMask;
        }

        /// <summary>Whether the handle names a slot in use right now; counts nothing.</summary>
        public bool IsCurrent(int handle)
        {
            int index = handle & IndexMask;
            int generation = (int)((uint)handle >> IndexBits);
            return index < _capacity && (generation & 1) != 0 && generation != QuarantinedGeneration
                && _generations[index] == generation;
        }

        /// <summary>Releases a slot whose handle the caller has just found current (<see cref="IsCurrent"/>): no second check.</summary>
        internal void ReleaseCurrent(int handle)
        {
            int index = handle & IndexMask;
            _generations[index]++;
            int free = _freeCount;
            _freeList[FreePosition(free)] = (ushort)index;
            _freeCount = free + 1;
        }

        public void ResetStatistics()
        {
            _lowFree = _freeCount;
            _failures = 0;
            _guardOverwrites = 0;
            _staleReleases = 0;
            _doubleReleases = 0;
            _invalidHandles = 0;
            _outOfBounds = 0;
            _misuses = 0;
            _lastFault = PoolFault.None;
            _lastFaultSlot = -1;
        }

        /// <summary>
        /// O(capacity), no allocation: marks every free-listed slot (its generation made odd for the
        /// walk), so a repeated or in-use entry shows up as already odd and a leaked slot as still
        /// even; then puts every generation back.
        /// </summary>
        public virtual IntegrityProblem CheckIntegrity(out int position)
        {
            position = -1;
            if (_freeCount < 0 || _freeCount > _capacity)
            {
                return IntegrityProblem.FreeCountOutOfRange;
            }

            IntegrityProblem problem = IntegrityProblem.None;
            int marked = 0;
            for (; marked < _freeCount; marked++)
            {
                int index = _freeList[FreePosition(marked)];
                if (index >= _capacity)
                {
                    problem = IntegrityProblem.FreeEntryOutOfRange;
                    position = marked;
                    break;
                }

                if ((_generations[index] & 1) != 0)
                {
                    problem = IntegrityProblem.FreeEntryInUseOrRepeated;
                    position = marked;
                    break;
                }

                _generations[index]++;
            }

            for (int index = 0; problem == IntegrityProblem.None && index < _capacity; index++)
            {
                if ((_generations[index] & 1) == 0)
                {
                    problem = IntegrityProblem.FreeSlotNotListed;
                    position = index;
                }
            }

            for (int i = 0; i < marked; i++)
            {
                _generations[_freeList[FreePosition(i)]]--;
            }

            return problem;
        }

        /// <summary>Counts a fault found here or by a pool built on this one; handle (or a bare slot index) names the slot.</summary>
        internal void RecordFault(PoolFault fault, int handle)
        {
            switch (fault)
            {
                case PoolFault.StaleHandle: _staleReleases++; break;
                case PoolFault.DoubleRelease: _doubleReleases++; break;
                case PoolFault.InvalidHandle: _invalidHandles++; break;
                case PoolFault.OutOfBounds: _outOfBounds++; break;
                case PoolFault.GuardOverwritten: _guardOverwrites++; break;
                default: _misuses++; break;
            }

            _lastFault = fault;
            int index = handle & IndexMask;
            _lastFaultSlot = fault != PoolFault.InvalidHandle && index < _capacity ? index : -1;
        }

        /// <summary>Position in the free list of its i-th entry from the front (the oldest entry under FIFO).</summary>
        private int FreePosition(int i)
        {
            int position = _freeHead + i;
            return position < _capacity ? position : position - _capacity;
        }

        private int TakeFree()
        {
            _freeCount--;
            if (!_fifoReuse)
            {
                return _freeList[_freeCount];
            }

            int index = _freeList[_freeHead];
            _freeHead = _freeHead + 1 == _capacity ? 0 : _freeHead + 1;
            return index;
        }

        private PoolFault Classify(int handle)
        {
            int index = handle & IndexMask;
            int generation = (int)((uint)handle >> IndexBits);
            if ((generation & 1) == 0 || generation == QuarantinedGeneration || index >= _capacity)
            {
                return PoolFault.InvalidHandle;
            }

            int current = _generations[index];
            if (current == generation)
            {
                return PoolFault.None;
            }

            // Free now, and this was the generation released last: the same handle, released again.
            if ((current & 1) == 0 && (ushort)(current - 1) == generation)
            {
                return PoolFault.DoubleRelease;
            }

            return PoolFault.StaleHandle;
        }
    }
}
