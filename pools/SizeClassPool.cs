using System;

namespace Keel.Pools
{
    /// <summary>Blocks of several fixed sizes, acquired by length: the smallest class that fits, never fragmenting.</summary>
    /// <remarks>
    /// Each class is its own <see cref="BlockPool"/>, so any mix of acquires and releases that
    /// fits the per-class counts succeeds again after any release order: there is no shared
    /// free space to fragment. With fallback declared, a request whose class is empty takes a
    /// block from the next larger class that has one (counted per class as a fallback).
    /// A handle is its class's block handle with the class number in bits 12–15, so a class
    /// holds at most 4,096 blocks and a pool at most 16 classes.
    /// Not thread-safe: a pool belongs to one thread.
    /// </remarks>
    public class SizeClassPool : IPoolDiagnostics, IPoolBreakdown
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string KindName = "size classes";
        private static readonly string FallbacksLabel = "fallbacks";

        public const int MaxClasses = 16;
        public const int MaxBlocksPerClass = 4096;
        public const int MaxBlockSize = 65535;

        private const int ClassShift = 12;
        private const int ClassBits = 0xF << ClassShift;

        private readonly string _name;
        private readonly BlockPool[] _classes;
        // The classes' block sizes again, in one array: the acquire's class search reads them
        // without a property call per class (on the interpreter a call costs more than the compare).
        private readonly int[] _blockSizes;
        private readonly ushort[][] _requestedLength;
        private readonly int[] _fallbacks;
        private readonly bool _fallBackToLarger;
        private readonly int _capacity;
        private readonly string _notes;

        private int _inUse;
        private int _highWater;
        private int _failures;
        private int _oversized;
        private int _invalidRequests;
        private int _requestedBytes;
        private int _grantedBytes;

        /// <param name="name">Unique name; class i is shown as name/blockSizes[i].</param>
        /// <param name="blockSizes">Block size of each class, strictly increasing (consts of the board config).</param>
        /// <param name="blockCounts">Blocks in each class, 1 to 4,096.</param>
        /// <param name="fallBackToLarger">Serve a request from a larger class when its own class is empty.</param>
        /// <param name="options">Hardening for every class.</param>
        public SizeClassPool(string name, int[] blockSizes, int[] blockCounts, bool fallBackToLarger, BlockPoolOptions options)
        {
            if (blockSizes == null || blockCounts == null || blockSizes.Length != blockCounts.Length
                || blockSizes.Length < 1 || blockSizes.Length > MaxClasses)
            {
                throw new ArgumentException("Size-class pool '" + name
                    + "' needs one block count per block size, for 1 to 16 classes. Fix its class table in the board config.");
            }

            _name = name;
            _fallBackToLarger = fallBackToLarger;
            _classes = new BlockPool[blockSizes.Length];
            _blockSizes = new int[blockSizes.Length];
            _requestedLength = new ushort[blockSizes.Length][];
            _fallbacks = new int[blockSizes.Length];
            for (int i = 0; i < blockSizes.Length; i++)
            {
                if (blockSizes[i] < 1 || blockSizes[i] > MaxBlockSize || (i > 0 && blockSizes[i] <= blockSizes[i - 1]))
                {
                    throw new ArgumentOutOfRangeException("blockSizes", "Size-class pool '" + name + "': class " + i
                        + " has blocks of " + blockSizes[i] + " bytes; sizes must grow strictly from class to class, from 1 to 65535.");
                }

                if (blockCounts[i] < 1 || blockCounts[i] > MaxBlocksPerClass)
                {
                    throw new ArgumentOutOfRangeException("blockCounts", "Size-class pool '" + name + "': class of "
                        + blockSizes[i] + " bytes asks for " + blockCounts[i] + " blocks; a class holds 1 to 4096.");
                }

                _classes[i] = new BlockPool(name + "/" + blockSizes[i].ToString(), blockSizes[i], blockCounts[i], options);
                _blockSizes[i] = blockSizes[i];
                _requestedLength[i] = new ushort[blockCounts[i]];
                _capacity += blockCounts[i];
            }

            string hardening = BlockPool.Describe(options);
            _notes = (fallBackToLarger ? "falls back to larger" : "no fallback") + (hardening.Length > 0 ? ", " + hardening : "");
        }

        public string Name => _name;

        public string Kind => KindName;

        public int Capacity => _capacity;

        /// <summary>0: the classes differ in size (each part has its own).</summary>
        public int ItemBytes => 0;

        /// <summary>The largest block size: the longest request it can serve.</summary>
        public int LargestBlockSize => _blockSizes[_blockSizes.Length - 1];

        public string Notes => _notes;

        public int StorageBytes
        {
            get
            {
                int bytes = 0;
                for (int i = 0; i < _classes.Length; i++)
                {
                    bytes += _classes[i].StorageBytes;
                }

                return bytes;
            }
        }

        /// <summary>Each class's metadata plus 2 bytes a block for the requested length (for the waste figure).</summary>
        public int MetadataBytes
        {
            get
            {
                int bytes = 0;
                for (int i = 0; i < _classes.Length; i++)
                {
                    bytes += _classes[i].MetadataBytes + 2 * _classes[i].Capacity;
                }

                return bytes;
            }
        }

        public int InUse => _inUse;

        public int HighWater => _highWater;

        /// <summary>Requests that got no block: every class that could serve them was empty, or they were too long.</summary>
        public int Failures => _failures;

        /// <summary>Requests longer than the largest class (also counted in <see cref="Failures"/>).</summary>
        public int Oversized => _oversized;

        /// <summary>The classes' faults plus handles of no class and negative lengths, refused.</summary>
        public int Faults
        {
            get
            {
                int faults = _invalidRequests;
                for (int i = 0; i < _classes.Length; i++)
                {
                    faults += _classes[i].Faults;
                }

                return faults;
            }
        }

        /// <summary>Bytes asked for by the blocks in use now.</summary>
        public int RequestedBytes => _requestedBytes;

        /// <summary>Bytes of the blocks in use now (their class sizes).</summary>
        public int GrantedBytes => _grantedBytes;

        /// <summary>Internal waste of the blocks in use: granted minus requested bytes.</summary>
        public int WasteBytes => _grantedBytes - _requestedBytes;

        public int PartCount => _classes.Length;

        public IPoolDiagnostics Part(int position)
        {
            return _classes[position];
        }

        /// <summary>Times class position was empty and a larger class served the request.</summary>
        public int PartBorrowed(int position)
        {
            return _fallbacks[position];
        }

        public string BorrowedLabel => FallbacksLabel;

        /// <summary>A block of at least length bytes: its handle, or <see cref="PoolHandle.None"/> (counted) when none can be had.</summary>
        public int Acquire(int length)
        {
            // The smallest class that fits; a class's own pool is empty only on the slow path.
            int[] sizes = _blockSizes;
            int cls = 0;
            while (cls < sizes.Length && sizes[cls] < length)
            {
                cls++;
            }

            int handle = cls < sizes.Length && length >= 0 ? _classes[cls].Acquire() : PoolHandle.None;
            if (handle == PoolHandle.None)
            {
                return AcquireElsewhere(cls, length);
            }

            return Granted(cls, handle, length);
        }

        /// <summary>Gives a block back to its class; stale, repeated and made-up handles are refused and counted.</summary>
        public PoolFault Release(int handle)
        {
            int cls = ClassIndexOf(handle);
            if (cls < 0)
            {
                _invalidRequests++;
                return PoolFault.InvalidHandle;
            }

            int inner = handle & ~ClassBits;
            PoolFault fault = _classes[cls].Release(inner);

            // Released, or found damaged and quarantined: either way the caller no longer holds the block.
            if (fault == PoolFault.None || fault == PoolFault.GuardOverwritten)
            {
                _requestedBytes -= _requestedLength[cls][inner & SlotPool.IndexMask];
                _grantedBytes -= _blockSizes[cls];
                _inUse--;
            }

            return fault;
        }

        /// <summary>The block size behind a handle (at least what was asked for), or -1 for a handle of no class.</summary>
        public int BlockSizeOf(int handle)
        {
            int cls = ClassIndexOf(handle);
            return cls < 0 ? -1 : _classes[cls].BlockSize;
        }

        /// <summary>Copies into the handle's block; false (counted) if the handle or a bound is wrong.</summary>
        public bool Write(int handle, int offset, byte[] source, int sourceOffset, int count)
        {
            int cls = ClassIndexOf(handle);
            if (cls < 0)
            {
                _invalidRequests++;
                return false;
            }

            return _classes[cls].Write(handle & ~ClassBits, offset, source, sourceOffset, count);
        }

        /// <summary>Copies out of the handle's block; false (counted) if the handle or a bound is wrong.</summary>
        public bool Read(int handle, int offset, byte[] destination, int destinationOffset, int count)
        {
            int cls = ClassIndexOf(handle);
            if (cls < 0)
            {
                _invalidRequests++;
                return false;
            }

            return _classes[cls].Read(handle & ~ClassBits, offset, destination, destinationOffset, count);
        }

        public void ResetStatistics()
        {
            for (int i = 0; i < _classes.Length; i++)
            {
                _classes[i].ResetStatistics();
                _fallbacks[i] = 0;
            }

            _highWater = _inUse;
            _failures = 0;
            _oversized = 0;
            _invalidRequests = 0;
        }

        /// <summary>Walks every class; the first class's problem found (its position is the block within that class).</summary>
        public IntegrityProblem CheckIntegrity(out int position)
        {
            for (int i = 0; i < _classes.Length; i++)
            {
                IntegrityProblem problem = _classes[i].CheckIntegrity(out position);
                if (problem != IntegrityProblem.None)
                {
                    return problem;
                }
            }

            position = -1;
            return IntegrityProblem.None;
        }

        /// <summary>The acquire its own class could not serve: a bad length, one too long, or (with fallback) a larger class.</summary>
        private int AcquireElsewhere(int first, int length)
        {
            if (length < 0)
            {
                _invalidRequests++;
                return PoolHandle.None;
            }

            if (first == _classes.Length)
            {
                _oversized++;
                _failures++;
                return PoolHandle.None;
            }

            for (int cls = first + 1; _fallBackToLarger && cls < _classes.Length; cls++)
            {
                int handle = _classes[cls].Acquire();
                if (handle != PoolHandle.None)
                {
                    _fallbacks[first]++;
                    return Granted(cls, handle, length);
                }
            }

            _failures++;
            return PoolHandle.None;
        }

        /// <summary>Books a block of class cls handed out for length bytes; the handle the caller gets.</summary>
        private int Granted(int cls, int handle, int length)
        {
            _requestedLength[cls][handle & SlotPool.IndexMask] = (ushort)length;
            _requestedBytes += length;
            _grantedBytes += _blockSizes[cls];
            int inUse = _inUse + 1;
            _inUse = inUse;
            if (inUse > _highWater)
            {
                _highWater = inUse;
            }

            return handle | (cls << ClassShift);
        }

        private int ClassIndexOf(int handle)
        {
            int cls = (handle & ClassBits) >> ClassShift;
            return handle == PoolHandle.None || cls >= _classes.Length ? -1 : cls;
        }
    }
}
