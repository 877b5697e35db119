using System;

namespace Keel.Pools
{
    /// <summary>Fixed-size byte blocks carved from one arena, handed out as slot-pool handles.</summary>
    /// <remarks>
    /// Block i occupies arena bytes [i × BlockSize, (i + 1) × BlockSize). Copies in and out are
    /// bounds-checked against the block, so one block's user cannot write into its neighbour;
    /// a refused copy is counted as an <see cref="PoolFault.OutOfBounds"/> fault.
    /// Not thread-safe: a pool belongs to one thread.
    /// </remarks>
    public class BlockPool : IPoolDiagnostics
    {
        private readonly SlotPool _slots;
        private readonly byte[] _arena;
        private readonly int _blockSize;

        /// <param name="name">Unique name for the memory map and the console.</param>
        /// <param name="blockSize">Bytes per block (a const of the board config), at least 1.</param>
        /// <param name="blockCount">Number of blocks, 1 to 65,536.</param>
        public BlockPool(string name, int blockSize, int blockCount)
        {
            if (blockSize < 1)
            {
                throw new ArgumentOutOfRangeException("blockSize", "Block pool '" + name + "' asks for blocks of "
                    + blockSize + " bytes; a block holds at least 1 byte. Change its block size in the board config.");
            }

            if (blockCount > 0 && blockSize > int.MaxValue / blockCount)
            {
                throw new ArgumentOutOfRangeException("blockCount", "Block pool '" + name + "' asks for "
                    + blockCount + " blocks of " + blockSize + " bytes, more than one array can hold.");
            }

            _slots = new SlotPool(name, blockCount, blockSize);
            _blockSize = blockSize;
            _arena = new byte[blockSize * blockCount];
        }

        public string Name
        {
            get { return _slots.Name; }
        }

        public string Kind
        {
            get { return "block pool"; }
        }

        public int Capacity
        {
            get { return _slots.Capacity; }
        }

        public int ItemBytes
        {
            get { return _blockSize; }
        }

        public int BlockSize
        {
            get { return _blockSize; }
        }

        public int StorageBytes
        {
            get { return _arena.Length; }
        }

        public int MetadataBytes
        {
            get { return _slots.MetadataBytes; }
        }

        public int InUse
        {
            get { return _slots.InUse; }
        }

        public int Free
        {
            get { return _slots.Free; }
        }

        public int HighWater
        {
            get { return _slots.HighWater; }
        }

        public int Failures
        {
            get { return _slots.Failures; }
        }

        public int Faults
        {
            get { return _slots.Faults; }
        }

        /// <summary>The slot pool underneath, for its per-kind fault counters.</summary>
        public SlotPool Slots
        {
            get { return _slots; }
        }

        /// <summary>
        /// The whole arena, for code that works on a block in place (a flash page, a parser):
        /// use it only between <see cref="OffsetOf"/> and offset + BlockSize.
        /// </summary>
        public byte[] Arena
        {
            get { return _arena; }
        }

        /// <summary>Takes a free block: its handle, or <see cref="PoolHandle.None"/> (counted) when all are in use.</summary>
        public int Acquire()
        {
            return _slots.Acquire();
        }

        /// <summary>Gives a block back; stale, repeated and made-up handles are refused and counted.</summary>
        public PoolFault Release(int handle)
        {
            return _slots.Release(handle);
        }

        /// <summary>Where the handle's block starts in <see cref="Arena"/>; -1 (a counted fault) for a handle not in use.</summary>
        public int OffsetOf(int handle)
        {
            int index = _slots.IndexOf(handle);
            return index < 0 ? -1 : index * _blockSize;
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

        public void ResetStatistics()
        {
            _slots.ResetStatistics();
        }

        public IntegrityResult CheckIntegrity()
        {
            return _slots.CheckIntegrity();
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
                _slots.RecordFault(PoolFault.OutOfBounds);
                return -1;
            }

            return blockStart + offset;
        }
    }
}
