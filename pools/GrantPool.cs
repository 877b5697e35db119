using System;

namespace Keel.Pools
{
    /// <summary>A block pool shared by named owners, each guaranteed its own budget of blocks (like a process's memory grant).</summary>
    /// <remarks>
    /// Boot declares each owner's budget with <see cref="AddOwner"/>; the budgets together may
    /// not exceed the pool. An owner below its budget always gets a block, whatever the others
    /// do: blocks in use never exceed the others' budgets plus the overflow in use, which leaves
    /// room for everyone's guarantee. Blocks no budget reserves form an optional shared
    /// overflow that owners past their budget may borrow (counted apart). Releasing an owner
    /// frees everything it holds in one call and makes its handles stale.
    /// A block found damaged (its guard overwritten) is quarantined, and the loss comes out of
    /// the unreserved share: while some of it is free, the overflow shrinks; when all of it is
    /// lent out and an owner below its budget finds no block left, a quarantined block is
    /// scrubbed (zeroed, guard rewritten) and serves that guarantee, counted in
    /// <see cref="QuarantineReclaims"/>. The damage itself stays counted as a fault.
    /// An owner added after the pool is registered is checked against every registered name.
    /// Not thread-safe: a pool belongs to one thread.
    /// </remarks>
    public class GrantPool : IPoolDiagnostics, IPoolBreakdown
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string KindName = "grant pool";
        private static readonly string LendsNote = "lends unreserved blocks";
        private static readonly string BudgetsOnlyNote = "budgets only";
        private static readonly string OverflowLabel = "overflow";

        public const int MaxOwners = 255;

        private const byte NoOwner = 0xFF;

        private readonly BlockPool _blocks;
        private readonly byte[] _ownerOf;
        private readonly GrantOwner[] _owners;
        private readonly bool _lendUnreserved;
        private int _ownerCount;
        private int _reserved;
        private int _overflowInUse;
        private int _overflowHighWater;
        private int _unknownOwners;
        private int _quarantineReclaims;
        private PoolRegistry _registry;

        /// <param name="name">Unique name; owners are shown as name/owner.</param>
        /// <param name="blockSize">Bytes per block (a const of the board config).</param>
        /// <param name="blockCount">Blocks in the pool: at least the sum of the owners' budgets.</param>
        /// <param name="maxOwners">How many owners boot may add, 1 to 255.</param>
        /// <param name="lendUnreserved">Let owners past their budget borrow the blocks no budget reserves.</param>
        /// <param name="options">Hardening for the blocks.</param>
        public GrantPool(string name, int blockSize, int blockCount, int maxOwners, bool lendUnreserved, BlockPoolOptions options)
        {
            if (maxOwners < 1 || maxOwners > MaxOwners)
            {
                throw new ArgumentOutOfRangeException("maxOwners", "Grant pool '" + name + "' asks for " + maxOwners
                    + " owners; it keeps 1 to 255. Change it in the board config.");
            }

            _blocks = new BlockPool(name, blockSize, blockCount, options);
            _ownerOf = new byte[blockCount];
            for (int i = 0; i < blockCount; i++)
            {
                _ownerOf[i] = NoOwner;
            }

            _owners = new GrantOwner[maxOwners];
            _lendUnreserved = lendUnreserved;
        }

        public string Name => _blocks.Name;

        public string Kind => KindName;

        public int Capacity => _blocks.Capacity;

        public int ItemBytes => _blocks.BlockSize;

        public int StorageBytes => _blocks.StorageBytes;

        /// <summary>The block pool's metadata plus one owner byte per block.</summary>
        public int MetadataBytes => _blocks.MetadataBytes + _ownerOf.Length;

        public string Notes => _lendUnreserved ? LendsNote : BudgetsOnlyNote;

        public int InUse => _blocks.InUse;

        /// <summary>Grants have no internal waste: every block is of the one size asked for.</summary>
        public int RequestedBytes => _blocks.InUse * _blocks.BlockSize;

        public int GrantedBytes => _blocks.InUse * _blocks.BlockSize;

        public int HighWater => _blocks.HighWater;

        /// <summary>Acquires refused, summed over the owners.</summary>
        public int Failures
        {
            get
            {
                int refused = 0;
                for (int i = 0; i < _ownerCount; i++)
                {
                    refused += _owners[i].Failures;
                }

                return refused;
            }
        }

        /// <summary>The block pool's faults plus acquires for an owner id boot never added.</summary>
        public int Faults => _blocks.Faults + _unknownOwners;

        /// <summary>Blocks the budgets guarantee, summed.</summary>
        public int ReservedBlocks => _reserved;

        /// <summary>Blocks no budget reserves: the shared overflow when lending is declared.</summary>
        /// <remarks>Quarantined blocks come out of the overflow first, so the budgets stay honoured.</remarks>
        public int OverflowCapacity
        {
            get
            {
                int unreserved = _blocks.Capacity - _reserved - _blocks.Slots.Quarantined;
                return _lendUnreserved && unreserved > 0 ? unreserved : 0;
            }
        }

        public int OverflowInUse => _overflowInUse;

        public int OverflowHighWater => _overflowHighWater;

        /// <summary>Quarantined blocks scrubbed and handed to an owner below its budget, because the overflow was lent out.</summary>
        public int QuarantineReclaims => _quarantineReclaims;

        /// <summary>The arena, for code that works on a block in place between <see cref="OffsetOf"/> and offset + block size.</summary>
        public byte[] Arena => _blocks.Arena;

        /// <summary>The block pool's per-kind fault counters, quarantine count and last faulty block.</summary>
        public SlotPool Slots => _blocks.Slots;

        public int PartCount => _ownerCount;

        public IPoolDiagnostics Part(int position)
        {
            return _owners[position];
        }

        /// <summary>The owner with id position (ids are handed out by <see cref="AddOwner"/> from 0).</summary>
        public GrantOwner Owner(int position)
        {
            return _owners[position];
        }

        public int PartBorrowed(int position)
        {
            return _owners[position].Borrowed;
        }

        public string BorrowedLabel => OverflowLabel;

        /// <summary>Boot only: declares an owner and its guaranteed budget; returns the owner id to acquire with.</summary>
        public int AddOwner(string ownerName, int budget)
        {
            if (_ownerCount == _owners.Length)
            {
                throw new InvalidOperationException("Grant pool '" + Name + "' was declared for " + _owners.Length
                    + " owners; raise its owner count in the board config to add '" + ownerName + "'.");
            }

            if (_blocks.InUse > 0)
            {
                throw new InvalidOperationException("Grant pool '" + Name + "': add owner '" + ownerName
                    + "' at boot, before any block is acquired, so every guarantee holds from the start.");
            }

            if (budget < 1)
            {
                throw new ArgumentOutOfRangeException("budget", "Owner '" + ownerName + "' of grant pool '" + Name
                    + "' asks for a budget of " + budget + " blocks; a grant is at least 1 block.");
            }

            string fullName = Name + "/" + ownerName;
            for (int i = 0; i < _ownerCount; i++)
            {
                if (_owners[i].Name == fullName)
                {
                    throw new ArgumentException("Grant pool '" + Name + "' already has an owner named '" + ownerName + "'.");
                }
            }

            if (_registry != null)
            {
                // The registry checked the names of the parts it was given; this one comes later.
                _registry.RefuseTakenName(fullName);
            }

            if (_reserved + budget > _blocks.Capacity)
            {
                throw new ArgumentException("Grant pool '" + Name + "' cannot honour its budgets: they would reserve "
                    + (_reserved + budget) + " blocks (" + ownerName + " " + budget + " + " + _reserved
                    + " already granted) but it has " + _blocks.Capacity
                    + ". Lower the budgets or raise the pool's block count in the board config.");
            }

            _owners[_ownerCount] = new GrantOwner(fullName, budget, _blocks.BlockSize);
            _reserved += budget;
            _ownerCount++;
            return _ownerCount - 1;
        }

        /// <summary>
        /// A block for owner: within its budget it is guaranteed; past it, one from the shared
        /// overflow if lending is declared and some is left. Otherwise <see cref="PoolHandle.None"/>,
        /// counted as refused for that owner.
        /// </summary>
        public int Acquire(int owner)
        {
            if (owner < 0 || owner >= _ownerCount)
            {
                _unknownOwners++;
                return PoolHandle.None;
            }

            // The common case is one block-pool acquire for an owner below its budget; borrowing,
            // an empty pool and refusals take the slow path, which also counts them.
            GrantOwner grant = _owners[owner];
            int held = grant.Held;
            bool borrowing = held >= grant.Budget;
            int handle = borrowing ? PoolHandle.None : _blocks.Acquire();
            if (handle == PoolHandle.None)
            {
                handle = AcquireBeyondTheBlockPool(grant, borrowing);
                if (handle == PoolHandle.None)
                {
                    return PoolHandle.None;
                }
            }

            _ownerOf[handle & SlotPool.IndexMask] = (byte)owner;
            grant.Held = ++held;
            if (held > grant.HighWaterMark)
            {
                grant.HighWaterMark = held;
            }

            return handle;
        }

        /// <summary>Gives a block back to its owner's grant; stale, repeated and made-up handles are refused and counted.</summary>
        public PoolFault Release(int handle)
        {
            int block = handle & SlotPool.IndexMask;
            int owner = block < _ownerOf.Length ? _ownerOf[block] : NoOwner;
            if (owner == NoOwner)
            {
                return ReleaseOwnerless(handle);
            }

            // A stale or repeated handle to a block someone holds now: the block pool refuses and counts it.
            PoolFault fault = _blocks.Release(handle);

            // Released, or found damaged and quarantined: either way the owner no longer holds it.
            if (fault == PoolFault.None || fault == PoolFault.GuardOverwritten)
            {
                GrantOwner grant = _owners[owner];
                if (grant.Held-- > grant.Budget)
                {
                    _overflowInUse--;
                }

                _ownerOf[block] = NoOwner;
            }

            return fault;
        }

        /// <summary>
        /// A block for an owner past its budget (from the overflow, counted there) or for one below
        /// it whom the block pool just refused (a scrubbed quarantined block); None, counted as
        /// refused for the owner, when neither can be had.
        /// </summary>
        private int AcquireBeyondTheBlockPool(GrantOwner grant, bool borrowing)
        {
            int handle = PoolHandle.None;
            if (borrowing)
            {
                handle = _overflowInUse < OverflowCapacity ? _blocks.Acquire() : PoolHandle.None;
                if (handle != PoolHandle.None && ++_overflowInUse > _overflowHighWater)
                {
                    _overflowHighWater = _overflowInUse;
                }
            }
            else if (_blocks.ReclaimQuarantined())
            {
                // Below its budget and no block left: quarantine took a block this guarantee was
                // counting on while the overflow was lent out. The loss belongs to the unreserved share.
                _quarantineReclaims++;
                handle = _blocks.Acquire();
            }

            if (handle == PoolHandle.None)
            {
                // Past the budget with the overflow closed or used up, or quarantined blocks have
                // eaten into the guarantees themselves.
                grant.Refused++;
            }

            return handle;
        }

        /// <summary>A handle to a block no owner holds: made up, stale, released twice, or taken past this pool through <see cref="Slots"/>.</summary>
        private PoolFault ReleaseOwnerless(int handle)
        {
            if (!_blocks.Slots.IsCurrent(handle))
            {
                return _blocks.Release(handle);
            }

            // Current, yet no owner took it through this pool: refuse rather than corrupt the counts.
            _blocks.Slots.RecordFault(PoolFault.InvalidHandle, handle);
            return PoolFault.InvalidHandle;
        }

        /// <summary>Where the handle's block starts in <see cref="Arena"/>; -1 (a counted fault) for a handle not in use.</summary>
        public int OffsetOf(int handle)
        {
            return _blocks.OffsetOf(handle);
        }

        /// <summary>Copies into the handle's block; false (counted) if the handle or a bound is wrong.</summary>
        public bool Write(int handle, int offset, byte[] source, int sourceOffset, int count)
        {
            return _blocks.Write(handle, offset, source, sourceOffset, count);
        }

        /// <summary>Copies out of the handle's block; false (counted) if the handle or a bound is wrong.</summary>
        public bool Read(int handle, int offset, byte[] destination, int destinationOffset, int count)
        {
            return _blocks.Read(handle, offset, destination, destinationOffset, count);
        }

        /// <summary>Frees every block owner holds, like a process ending; its handles become stale. Returns how many.</summary>
        /// <remarks>O(blocks in the pool).</remarks>
        public int ReleaseAll(int owner)
        {
            if (owner < 0 || owner >= _ownerCount)
            {
                _unknownOwners++;
                return 0;
            }

            int released = 0;
            for (int block = 0; block < _ownerOf.Length; block++)
            {
                if (_ownerOf[block] == owner)
                {
                    Release(_blocks.Slots.HandleOf(block));
                    released++;
                }
            }

            return released;
        }

        /// <summary>Boot: the registry this pool was registered in, which checks the names of owners added later.</summary>
        internal void JoinRegistry(PoolRegistry registry)
        {
            _registry = registry;
        }

        public void ResetStatistics()
        {
            _quarantineReclaims = 0;
            _blocks.ResetStatistics();
            for (int i = 0; i < _ownerCount; i++)
            {
                _owners[i].ResetStatistics();
            }

            _overflowHighWater = _overflowInUse;
            _unknownOwners = 0;
        }

        /// <summary>The block pool's walk, then the owners' counts against the owner table. O(owners × blocks).</summary>
        public IntegrityProblem CheckIntegrity(out int position)
        {
            IntegrityProblem blocks = _blocks.CheckIntegrity(out position);
            if (blocks != IntegrityProblem.None)
            {
                return blocks;
            }

            for (int owner = 0; owner < _ownerCount; owner++)
            {
                int held = 0;
                for (int block = 0; block < _ownerOf.Length; block++)
                {
                    if (_ownerOf[block] == owner)
                    {
                        held++;
                    }
                }

                if (held != _owners[owner].Held)
                {
                    position = owner;
                    return IntegrityProblem.OwnerCountMismatch;
                }
            }

            position = -1;
            return IntegrityProblem.None;
        }
    }
}
