using System;

namespace Keel.Pools
{
    /// <summary>Fixed-size byte blocks carved from one arena, handed out as slot-pool handles.</summary>
    /// <remarks>
    /// Block i starts at arena byte i × (BlockSize + GuardSize). Copies in and out are
    /// bounds-checked against the block, so one block's user cannot write into its neighbour
    /// through the API; a refused copy is counted as an <see cref="PoolFault.OutOfBounds"/> fault.
    /// Code that works in place on <see cref="Arena"/> is watched by the optional guard bytes.
    /// A block pool is a slot pool whose slots are blocks of its arena: a plain one (no
    /// zeroing, no guard bytes, no FIFO reuse) acquires and releases through the slot pool's own
    /// inline path, with no call around it; a hardened one adds its checks in AcquireHardened and
    /// ReleaseHardened.
    /// Not thread-safe: a pool belongs to one thread.
    /// </remarks>
    public class BlockPool : SlotPool
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string KindName = "block pool";

        /// <summary>Bytes of guard after each block when <see cref="BlockPoolOptions.GuardBytes"/> is declared.</summary>
        public const int GuardSize = 4;

        // Alternating bits, unlikely to be left behind by zeroing, 0xFF erasing or ASCII text.
        private const byte GuardPattern = 0xA5;

        private readonly byte[] _arena;
        private readonly int _blockSize;
        private readonly int _stride;
        private readonly int _guardSize;
        private readonly bool _zeroOnRelease;
        private readonly BlockPoolOptions _options;
        private readonly string _notes;

        /// <param name="name">Unique name for the memory map and the console.</param>
        /// <param name="blockSize">Bytes per block (a const of the board config), at least 1.</param>
        /// <param name="blockCount">Number of blocks, 1 to 65,534 (<see cref="SlotPool.MaxCapacity"/>).</param>
        public BlockPool(string name, int blockSize, int blockCount)
            : this(name, blockSize, blockCount, BlockPoolOptions.None)
        {
        }

        /// <param name="name">Unique name for the memory map and the console.</param>
        /// <param name="blockSize">Bytes per block (a const of the board config), at least 1.</param>
        /// <param name="blockCount">Number of blocks, 1 to 65,534 (<see cref="SlotPool.MaxCapacity"/>).</param>
        /// <param name="options">Hardening declared in the board config.</param>
        public BlockPool(string name, int blockSize, int blockCount, BlockPoolOptions options)
            : base(name, blockCount, CheckedBlockSize(name, blockSize, blockCount, options), (options & BlockPoolOptions.FifoReuse) != 0)
        {
            int guardSize = (options & BlockPoolOptions.GuardBytes) != 0 ? GuardSize : 0;
            int stride = blockSize + guardSize;
            _blockSize = blockSize;
            _guardSize = guardSize;
            _stride = stride;
            _zeroOnRelease = (options & BlockPoolOptions.ZeroOnRelease) != 0;
            _options = options;
            _notes = Describe(options);
            _arena = new byte[stride * blockCount];
            if (guardSize > 0 || _zeroOnRelease)
            {
                TakeSpecialPaths(true);
            }

            if (guardSize > 0)
            {
                for (int block = 0; block < blockCount; block++)
                {
                    WriteGuard(block);
                }
            }
        }

        /// <summary>Boot: the block size, checked before the slot pool underneath is built.</summary>
        private static int CheckedBlockSize(string name, int blockSize, int blockCount, BlockPoolOptions options)
        {
            if (blockSize < 1)
            {
                throw new ArgumentOutOfRangeException("blockSize", "Block pool '" + name + "' asks for blocks of "
                    + blockSize + " bytes; a block holds at least 1 byte. Change its block size in the board config.");
            }

            // In long: a block size near int.MaxValue plus its guard would wrap before the check.
            long stride = (long)blockSize + ((options & BlockPoolOptions.GuardBytes) != 0 ? GuardSize : 0);
            if (blockCount > 0 && stride * blockCount > int.MaxValue)
            {
                throw new ArgumentOutOfRangeException("blockCount", "Block pool '" + name + "' asks for "
                    + blockCount + " blocks of " + blockSize + " bytes, more than one array can hold.");
            }

            return blockSize;
        }

        public override string Kind => KindName;

        public int BlockSize => _blockSize;

        /// <summary>Slot bookkeeping plus the guard bytes, if declared.</summary>
        public override int MetadataBytes => base.MetadataBytes + _guardSize * Capacity;

        public BlockPoolOptions Options => _options;

        public override string Notes => _notes;

        /// <summary>Boot: the options as the memory map shows them, e.g. "zero-on-release, guard 4 B, fifo reuse".</summary>
        public static string Describe(BlockPoolOptions options)
        {
            string text = (options & BlockPoolOptions.ZeroOnRelease) != 0 ? "zero-on-release" : "";
            if ((options & BlockPoolOptions.GuardBytes) != 0)
            {
                text += (text.Length > 0 ? ", " : "") + "guard " + GuardSize.ToString() + " B";
            }

            if ((options & BlockPoolOptions.FifoReuse) != 0)
            {
                text += (text.Length > 0 ? ", " : "") + "fifo reuse";
            }

            return text;
        }

        /// <summary>
        /// True when every acquired block reads as zeros: blocks start zeroed and zero-on-release
        /// clears each one as it comes back, so acquiring never needs to clear again.
        /// </summary>
        public bool AcquiredBlocksAreZeroed => _zeroOnRelease;

        /// <summary>The pool itself (a block pool is a slot pool): its per-kind fault counters, quarantine count and last faulty block.</summary>
        public SlotPool Slots => this;

        /// <summary>
        /// The whole arena, for code that works on a block in place (a flash page, a parser):
        /// use it only between <see cref="OffsetOf"/> and offset + BlockSize.
        /// </summary>
        public byte[] Arena => _arena;

        /// <summary>With guard bytes, a free block whose guard was overwritten is quarantined and the next one taken.</summary>
        internal override int AcquireHardened()
        {
            // Check before taking, so a damaged block never counts as in use, not even for the high-water mark.
            if (_guardSize > 0)
            {
                int next;
                while ((next = PeekFree()) >= 0 && !GuardIntact(next))
                {
                    ClearIfSecret(next);
                    QuarantineNextFree();
                    RecordFault(PoolFault.GuardOverwritten, next);
                }
            }

            return AcquireAny();
        }

        /// <summary>
        /// Zero-on-release clears the block; with guard bytes, an overwritten guard is reported as
        /// <see cref="PoolFault.GuardOverwritten"/> (naming the block in <see cref="SlotPool.LastFaultSlot"/>)
        /// and the block is quarantined.
        /// </summary>
        internal override PoolFault ReleaseHardened(int handle)
        {
            int block = handle & IndexMask;
            ClearIfSecret(block);
            if (_guardSize > 0 && !GuardIntact(block))
            {
                RecordFault(PoolFault.GuardOverwritten, handle);
                Quarantine(handle);
                return PoolFault.GuardOverwritten;
            }

            ReleaseCurrent(handle);
            return PoolFault.None;
        }

        /// <summary>Where the handle's block starts in <see cref="Arena"/>; -1 (a counted fault) for a handle not in use.</summary>
        public int OffsetOf(int handle)
        {
            int index = IndexOf(handle);
            return index < 0 ? -1 : index * _stride;
        }

        /// <summary>Copies count bytes from source into the block at offset; false (counted) if the handle or a bound is wrong.</summary>
        public bool Write(int handle, int offset, byte[] source, int sourceOffset, int count)
        {
            int start = CheckedStart(handle, offset, source, sourceOffset, count);
            if (start < 0)
            {
                return false;
            }

            Array.Copy(source, sourceOffset, _arena, start, count);
            return true;
        }

        /// <summary>Copies count bytes of the block from offset into destination; false (counted) if the handle or a bound is wrong.</summary>
        public bool Read(int handle, int offset, byte[] destination, int destinationOffset, int count)
        {
            int start = CheckedStart(handle, offset, destination, destinationOffset, count);
            if (start < 0)
            {
                return false;
            }

            Array.Copy(_arena, start, destination, destinationOffset, count);
            return true;
        }

        /// <summary>Walks the free list and metadata, then every block's guard bytes (quarantined blocks excepted).</summary>
        public override IntegrityProblem CheckIntegrity(out int position)
        {
            IntegrityProblem slots = base.CheckIntegrity(out position);
            if (slots != IntegrityProblem.None || _guardSize == 0)
            {
                return slots;
            }

            for (int block = 0; block < Capacity; block++)
            {
                if (!GuardIntact(block) && !IsQuarantined(block))
                {
                    position = block;
                    return IntegrityProblem.GuardOverwritten;
                }
            }

            return IntegrityProblem.None;
        }

        /// <summary>Scrubs one quarantined block (zeroed, guard rewritten) and frees it again; false when none is quarantined.</summary>
        internal bool ReclaimQuarantined()
        {
            int block = ReturnFromQuarantine();
            if (block < 0)
            {
                return false;
            }

            Array.Clear(_arena, block * _stride, _stride);
            if (_guardSize > 0)
            {
                WriteGuard(block);
            }

            return true;
        }

        /// <summary>Zero-on-release clears a block as it leaves its holder, quarantined or not: a secret never lingers.</summary>
        private void ClearIfSecret(int block)
        {
            if (_zeroOnRelease)
            {
                Array.Clear(_arena, block * _stride, _blockSize);
            }
        }

        private bool GuardIntact(int block)
        {
            // GuardSize is 4: unrolled and without branches, since every IL instruction counts on the interpreter.
            byte[] arena = _arena;
            int start = block * _stride + _blockSize;
            return ((arena[start] ^ GuardPattern) | (arena[start + 1] ^ GuardPattern)
                | (arena[start + 2] ^ GuardPattern) | (arena[start + 3] ^ GuardPattern)) == 0;
        }

        private void WriteGuard(int block)
        {
            int start = block * _stride + _blockSize;
            for (int i = start; i < start + _guardSize; i++)
            {
                _arena[i] = GuardPattern;
            }
        }

        /// <summary>The arena index the copy starts at, or -1 after counting the fault.</summary>
        private int CheckedStart(int handle, int offset, byte[] buffer, int bufferOffset, int count)
        {
            int blockStart = OffsetOf(handle);
            if (blockStart < 0)
            {
                return -1;
            }

            // Written as subtractions so that no sum can overflow past the checks.
            bool fitsBlock = offset >= 0 && count >= 0 && offset <= _blockSize && count <= _blockSize - offset;
            bool fitsBuffer = buffer != null && bufferOffset >= 0 && bufferOffset <= buffer.Length
                && count <= buffer.Length - bufferOffset;
            if (!fitsBlock || !fitsBuffer)
            {
                RecordFault(PoolFault.OutOfBounds, handle);
                return -1;
            }

            return blockStart + offset;
        }
    }
}
