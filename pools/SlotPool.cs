using System;

namespace Keel.Pools
{
    /// <summary>An O(1) index allocator handing out generation-checked int handles; the caller owns the typed storage.</summary>
    /// <remarks>
    /// A handle is (generation &lt;&lt; 16) | slot index, the generation odd and stepped by two
    /// on every acquire, so a stale handle, a second release and a made-up handle are all told
    /// apart in O(1). Metadata lives out of band, one int a slot (its entry):
    /// - in use: the slot's current handle, so one comparison checks a handle on release;
    /// - free: the generation last handed out, and in the low 16 bits the next free slot (0xFFFF
    ///   ends the list), never the slot's own index, so no handle equals it;
    /// - quarantined: that generation, and 0xFFFE in the low bits: no handle equals it either.
    /// The free slots form one list: a stack by default (the most recently freed slot, warm in
    /// cache, goes out first) or, with FIFO reuse, a queue (a freed slot waits behind every other
    /// free slot, so memory a stale handle points at is not handed out again at once).
    /// A slot's generation repeats after 32,768 acquire/release cycles of that slot; a handle
    /// kept that long across reuse can no longer be told from the current one.
    /// On the interpreter every IL instruction and field access counts, so a plain pool (a stack,
    /// no hardening) acquires and releases inline with no count at all: the list head and the
    /// entry are all it touches. Its figures are counted from the entries when asked, in
    /// O(capacity): free slots are the entries that are not handles; and because a stack hands out
    /// a slot never used before only when every used one is taken, the high-water mark is the
    /// number of slots handed out at least once — since the last reset, which marks every free
    /// entry (bit 16 cleared) as not handed out yet. A pool with FIFO reuse or a block pool's
    /// hardening takes the special paths instead, which keep the counts as they go (a hardened
    /// pool's also call the block pool's virtual checks).
    /// Not thread-safe: a pool belongs to one thread (Keel's main loop).
    /// </remarks>
    public partial class SlotPool : IPoolDiagnostics
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string KindName = "slot pool";
        private static readonly string FifoReuseNote = "fifo reuse";

        /// <summary>Slot indices are 16 bits wide; the two highest values end the free list and mark a quarantined slot.</summary>
        public const int MaxCapacity = 65534;

        /// <summary>The slot index bits of a handle, for pools built on this one.</summary>
        internal const int IndexMask = 0xFFFF;
        private const int GenerationMask = unchecked((int)0xFFFF0000);
        private const int ListEnd = 0xFFFF;
        private const int QuarantineMark = 0xFFFE;

        // The generation's low bit: set in every handle (generations are odd); a plain pool clears
        // it in a free entry to mark a slot not handed out since the last statistics reset.
        private const int OddBit = 0x10000;

        // (entry | OddBit | IndexMask) + NextGeneration: the generation two past the entry's (with
        // its low bit set), index bits zero. One or and one add where a separate generation array
        // needed a load, a step and a wrap check; generation 0xFFFF wraps to 1 by overflow.
        private const int AllButGeneration = OddBit | IndexMask;
        private const int NextGeneration = 0x10001;
        private const int MetadataBytesPerSlot = 4;

        private readonly string _name;
        private readonly int _capacity;
        private readonly int _slotBytes;
        private readonly int[] _entries;
        private readonly bool _fifoReuse;

        // True when acquire and release take the special paths, which keep counts (FIFO reuse,
        // hardening); _hardened when they also call the block pool's virtual checks.
        private bool _special;
        private bool _hardened;

        // The gate of both inline paths: Capacity for a plain pool, 0 for one with special paths.
        // An acquire whose list head is not below it (the list is empty, or the pool is special)
        // and a release whose handle is not current or not below it leave the inline path.
        private int _inlineCapacity;

        private int _freeHead;

        // Kept by the special paths only (see the remarks): the last slot of a FIFO queue, the
        // free slots, and the fewest free slots since the last reset (the high-water mark is
        // capacity − quarantined − that). Quarantine moves the low with the free count, so the
        // mark never moves.
        private int _freeTail;
        private int _freeCount;
        private int _lowFree;

        private int _quarantined;
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
        /// <param name="capacity">Number of slots, 1 to 65,534 (a const of the board config).</param>
        /// <param name="slotBytes">Bytes the caller's typed arrays hold per slot, for the memory map.</param>
        public SlotPool(string name, int capacity, int slotBytes)
            : this(name, capacity, slotBytes, false)
        {
        }

        /// <param name="name">Unique name for the memory map and the console.</param>
        /// <param name="capacity">Number of slots, 1 to 65,534 (a const of the board config).</param>
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
                    + " slots; a slot pool holds 1 to 65534. Change its capacity in the board config.");
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
            _entries = new int[capacity];

            // Slot 0 is handed out first, then 1, 2…: predictable for tests and maps. Each entry
            // reads as free and not handed out yet, with generation 0xFFFF before: its first handle is generation 1.
            for (int i = 0; i < capacity; i++)
            {
                _entries[i] = (GenerationMask & ~OddBit) | (i + 1 < capacity ? i + 1 : ListEnd);
            }

            _freeHead = 0;
            _freeTail = capacity - 1;
            _inlineCapacity = capacity;
            if (fifoReuse)
            {
                TakeSpecialPaths(false);
            }
        }

        public string Name => _name;

        public virtual string Kind => KindName;

        public int Capacity => _capacity;

        public int ItemBytes => _slotBytes;

        public int StorageBytes => _capacity * _slotBytes;

        public virtual int MetadataBytes => _capacity * MetadataBytesPerSlot;

        public virtual string Notes => _fifoReuse ? FifoReuseNote : string.Empty;

        /// <summary>Slots held by callers (quarantined slots are neither in use nor free); O(capacity) for a plain pool.</summary>
        public int InUse => _capacity - Free - _quarantined;

        /// <summary>Slots withdrawn for good because their memory was found damaged.</summary>
        public int Quarantined => _quarantined;

        public bool FifoReuse => _fifoReuse;

        /// <summary>Free slots; O(capacity) for a plain pool, which keeps no count (see the remarks).</summary>
        public int Free => _special ? _freeCount : CountFree(false);

        /// <summary>Whether an acquire would succeed now; O(1).</summary>
        public bool HasFree => _freeHead != ListEnd;

        /// <summary>The most slots in use at once since the last reset; O(capacity) for a plain pool.</summary>
        public int HighWater => _special ? _capacity - _quarantined - _lowFree : _capacity - CountFree(true);

        public int Failures => _failures;

        public int Faults => _staleReleases + _doubleReleases + _invalidHandles + _outOfBounds + _misuses + _guardOverwrites;

        public int StaleHandles => _staleReleases;

        public int DoubleReleases => _doubleReleases;

        public int InvalidHandles => _invalidHandles;

        public int OutOfBoundsAccesses => _outOfBounds;

        public int GuardOverwrites => _guardOverwrites;

        /// <summary>The slot (block) of the most recent fault, or -1 when it named none.</summary>
        public int LastFaultSlot => _lastFaultSlot;

        /// <summary>The kind of the most recent fault, kept until statistics are reset.</summary>
        public PoolFault LastFault => _lastFault;

        /// <summary>Takes a free slot: its handle, or <see cref="PoolHandle.None"/> (counted) when all are in use.</summary>
        public int Acquire()
        {
            int index = _freeHead;
            if (index >= _inlineCapacity)
            {
                // An empty list, or a pool with special paths: both are the general path's to handle.
                return _hardened ? AcquireHardened() : AcquireAny();
            }

            int[] entries = _entries;
            int entry = entries[index];
            _freeHead = entry & IndexMask;
            int handle = (entry | AllButGeneration) + NextGeneration + index;
            entries[index] = handle;
            return handle;
        }

        /// <summary>Gives a slot back. A stale, repeated or made-up handle is refused, counted, and changes nothing.</summary>
        /// <returns><see cref="PoolFault.None"/> when released, else the fault found.</returns>
        public PoolFault Release(int handle)
        {
            int index = handle & IndexMask;
            int[] entries = _entries;
            if (index >= _inlineCapacity || entries[index] != handle)
            {
                return ReleaseSlow(handle);
            }

            entries[index] = (handle & GenerationMask) | _freeHead;
            _freeHead = index;
            return PoolFault.None;
        }

        /// <summary>Whether the handle names a slot in use right now; counts nothing.</summary>
        public bool IsCurrent(int handle)
        {
            int index = handle & IndexMask;
            return index < _capacity && _entries[index] == handle;
        }

        /// <summary>The slot index of a current handle, for addressing the caller's arrays; -1 (a counted fault) otherwise.</summary>
        public int IndexOf(int handle)
        {
            int index = handle & IndexMask;
            if (index < _capacity && _entries[index] == handle)
            {
                return index;
            }

            RecordFault(Classify(handle), handle);
            return -1;
        }

        public void ResetStatistics()
        {
            if (_special)
            {
                _lowFree = _freeCount;
            }
            else
            {
                MarkFreeSlotsUnused();
            }

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
        /// Declared before the first acquire by a pool that reuses slots in FIFO order or checks
        /// more (hardened): from then on acquire and release take the special paths, which keep
        /// the counts; a hardened pool's also call its checks.
        /// </summary>
        internal void TakeSpecialPaths(bool hardened)
        {
            _special = true;
            _hardened |= hardened;
            _inlineCapacity = 0;
            _freeCount = _capacity;
            _lowFree = _capacity;
        }

        /// <summary>A hardened pool's acquire: its checks, then <see cref="AcquireAny"/>.</summary>
        internal virtual int AcquireHardened() => AcquireAny();

        /// <summary>A hardened pool's release of a handle just found current: its checks, then <see cref="ReleaseCurrent"/>.</summary>
        internal virtual PoolFault ReleaseHardened(int handle)
        {
            ReleaseCurrent(handle);
            return PoolFault.None;
        }

        /// <summary>Takes a free slot whatever the reuse order: the general form of <see cref="Acquire"/>.</summary>
        internal int AcquireAny()
        {
            int index = _freeHead;
            if (index == ListEnd)
            {
                _failures++;
                return PoolHandle.None;
            }

            int entry = _entries[index];
            _freeHead = entry & IndexMask;
            if (_special && --_freeCount < _lowFree)
            {
                _lowFree = _freeCount;
            }

            int handle = (entry | AllButGeneration) + NextGeneration + index;
            _entries[index] = handle;
            return handle;
        }

        /// <summary>
        /// Releases a slot whose handle the caller has just found current (<see cref="IsCurrent"/>):
        /// no second check. The slot goes on top of the free list, or with FIFO reuse to its end.
        /// </summary>
        internal void ReleaseCurrent(int handle)
        {
            int index = handle & IndexMask;
            int generation = handle & GenerationMask;
            if (_fifoReuse && _freeHead != ListEnd)
            {
                _entries[index] = generation | ListEnd;
                _entries[_freeTail] = (_entries[_freeTail] & GenerationMask) | index;
            }
            else
            {
                _entries[index] = generation | _freeHead;
                _freeHead = index;
            }

            if (_fifoReuse)
            {
                _freeTail = index;
            }

            if (_special)
            {
                _freeCount++;
            }
        }

        /// <summary>Every release the inline path does not finish: a pool with special paths, or a fault to tell apart and count.</summary>
        private PoolFault ReleaseSlow(int handle)
        {
            int index = handle & IndexMask;
            if (index < _capacity && _entries[index] == handle)
            {
                if (_hardened)
                {
                    return ReleaseHardened(handle);
                }

                ReleaseCurrent(handle);
                return PoolFault.None;
            }

            PoolFault fault = Classify(handle);
            RecordFault(fault, handle);
            return fault;
        }

        /// <summary>Free entries (neither a handle nor quarantined), or only those not handed out since the last reset.</summary>
        private int CountFree(bool onlyUnused)
        {
            int count = 0;
            for (int index = 0; index < _capacity; index++)
            {
                int entry = _entries[index];
                if (IsFreeEntry(index, entry) && (!onlyUnused || (entry & OddBit) == 0))
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>A plain pool's reset: every free slot reads as not handed out since, so the high-water mark restarts at what is in use.</summary>
        private void MarkFreeSlotsUnused()
        {
            for (int index = 0; index < _capacity; index++)
            {
                if (IsFreeEntry(index, _entries[index]))
                {
                    _entries[index] &= ~OddBit;
                }
            }
        }

        /// <summary>Whether the entry of the slot at index reads as free: neither its handle (its own index in the low bits) nor quarantined.</summary>
        private static bool IsFreeEntry(int index, int entry)
        {
            int low = entry & IndexMask;
            return low != index && low != QuarantineMark;
        }
    }
}
