using System;
using System.Threading;

namespace Keel.Pools
{
    /// <summary>What every single-producer, single-consumer ring shares: head and tail, overflow policy, statistics.</summary>
    /// <remarks>
    /// Head and tail are free-running 32-bit counters (items ever consumed or dropped, items
    /// ever written); their difference is the fill and stays right when they wrap. A position
    /// is counter &amp; (capacity − 1), which is why capacities are powers of two.
    ///
    /// The producer owns the tail, the consumer owns the head, and each side publishes its
    /// counter after its data copy (<see cref="Fence"/> chooses how, per platform), so the other
    /// side never sees a position before the bytes in it. Each side caches the other's counter
    /// and re-reads it only when the cache says full or empty.
    ///
    /// Under <see cref="OverflowPolicy.OverwriteOldest"/> the producer drops the oldest items by
    /// moving the head forward with a compare-and-swap before it writes over them. The consumer
    /// consumes with a compare-and-swap too: if it fails, the producer dropped what the consumer
    /// was copying (the copy may be torn), so the consumer discards the copy and reads again.
    /// Every item written is therefore either read once, in order, or counted as overwritten.
    /// </remarks>
    public abstract class Ring : IPoolDiagnostics
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string RejectNewestNote = "reject newest";
        private static readonly string OverwriteOldestNote = "overwrite oldest";

        private readonly string _name;
        private readonly OverflowPolicy _policy;

        // Internal, not private: ByteRing and RecordRing use them directly on their hot paths,
        // because on the interpreter a call costs as much as several field accesses.
        internal readonly int _capacity;
        internal readonly int _mask;
        internal readonly bool _overwrite;

        internal int _head;
        internal int _tail;
        internal int _producerHeadCache;
        internal int _consumerTailCache;

        // Each counter is written by one side only: the producer's, then the consumer's. The
        // running totals are 64-bit: a serial line at 115,200 baud passes 2^31 bytes in 2 days.
        internal long _written;
        internal long _rejected;
        internal long _overwritten;
        internal int _highWater;
        internal int _misuses;
        internal long _read;

        protected Ring(string name, int capacity, OverflowPolicy policy)
        {
            if (name == null || name.Length == 0)
            {
                throw new ArgumentException("A ring needs a name: it is how the memory map and the console show it.");
            }

            if (capacity < 2 || capacity > 0x40000000 || (capacity & (capacity - 1)) != 0)
            {
                throw new ArgumentOutOfRangeException("capacity", "Ring '" + name + "' asks for capacity " + capacity
                    + ", which is not a power of two from 2 to 2^30. Use " + PowerOfTwoBelow(capacity) + " or "
                    + (PowerOfTwoBelow(capacity) * 2) + " in the board config.");
            }

            _name = name;
            _capacity = capacity;
            _mask = capacity - 1;
            _policy = policy;
            _overwrite = policy == OverflowPolicy.OverwriteOldest;
        }

        public string Name
        {
            get { return _name; }
        }

        public abstract string Kind { get; }

        public int Capacity
        {
            get { return _capacity; }
        }

        public abstract int ItemBytes { get; }

        /// <summary>Capacity × ItemBytes, whoever owns the arrays.</summary>
        public int StorageBytes
        {
            get { return _capacity * ItemBytes; }
        }

        public string Notes
        {
            get { return _policy == OverflowPolicy.RejectNewest ? RejectNewestNote : OverwriteOldestNote; }
        }

        /// <summary>A ring keeps no per-item bookkeeping: two counters and two caches.</summary>
        public int MetadataBytes
        {
            get { return 0; }
        }

        public OverflowPolicy Policy
        {
            get { return _policy; }
        }

        /// <summary>Items queued now. Exact on the ring's own thread; a snapshot from any other.</summary>
        public int Count
        {
            get
            {
                int count = _tail - _head;
                return count < 0 ? 0 : (count > _capacity ? _capacity : count);
            }
        }

        public int InUse
        {
            get { return Count; }
        }

        /// <summary>Items that ever entered the ring.</summary>
        public long TotalWritten
        {
            get { return Fence.ReadStatistic(ref _written); }
        }

        /// <summary>Items that were ever read intact.</summary>
        public long TotalRead
        {
            get { return Fence.ReadStatistic(ref _read); }
        }

        public long Rejected
        {
            get { return Fence.ReadStatistic(ref _rejected); }
        }

        public long Overwritten
        {
            get { return Fence.ReadStatistic(ref _overwritten); }
        }

        public int HighWater
        {
            get { return _highWater; }
        }

        /// <summary>Items lost: rejected plus overwritten, saturating at int.MaxValue (the totals are exact).</summary>
        public int Failures
        {
            get
            {
                long lost = Rejected + Overwritten;
                return lost > int.MaxValue ? int.MaxValue : (int)lost;
            }
        }

        /// <summary>Calls out of order or with bounds outside the caller's array, refused.</summary>
        public int Faults
        {
            get { return _misuses; }
        }

        /// <summary>Producer: the position the next item goes to.</summary>
        protected int WritePosition
        {
            get { return _tail & _mask; }
        }

        /// <summary>
        /// Producer: how many of <paramref name="wanted"/> items (at most the capacity) may be
        /// written from <see cref="WritePosition"/> on. Under RejectNewest the rest are counted as
        /// rejected; under OverwriteOldest the oldest items are dropped (counted) to make room.
        /// </summary>
        internal int ReserveForWrite(int wanted)
        {
            int tail = _tail;
            int free = _capacity - (tail - _producerHeadCache);
            if (free < wanted)
            {
                _producerHeadCache = Fence.Observe(ref _head);
                free = _capacity - (tail - _producerHeadCache);
            }

            if (free >= wanted)
            {
                return wanted;
            }

            if (!_overwrite)
            {
                _rejected += wanted - free;
                return free;
            }

            while (true)
            {
                int head = Fence.Observe(ref _head);
                int drop = wanted - (_capacity - (tail - head));
                if (drop <= 0)
                {
                    _producerHeadCache = head;
                    return wanted;
                }

                if (Interlocked.CompareExchange(ref _head, head + drop, head) == head)
                {
                    _overwritten += drop;
                    _producerHeadCache = head + drop;
                    return wanted;
                }
            }
        }

        /// <summary>
        /// Producer: counts the part of one write that exceeds the whole capacity, lost before it
        /// reached the ring: rejected under RejectNewest, overwritten (and so written) under OverwriteOldest.
        /// </summary>
        protected void CountExcess(int count)
        {
            if (!_overwrite)
            {
                _rejected += count;
            }
            else
            {
                _overwritten += count;
                _written += count;
            }
        }

        /// <summary>Producer: makes count items, already copied in, visible to the consumer.</summary>
        internal void PublishWrite(int count)
        {
            int tail = _tail + count;
            Fence.Publish(ref _tail, tail);
            _written += count;

            // A plain read is enough for a statistic.
            int fill = tail - _head;
            if (fill > _highWater)
            {
                _highWater = fill;
            }
        }

        /// <summary>Consumer: how many items (at most wanted, at most the capacity) can be read from position head &amp; mask.</summary>
        internal int BeginConsume(int wanted, out int head)
        {
            if (wanted > _capacity)
            {
                wanted = _capacity;
            }

            // Under OverwriteOldest the producer moves the head too, so observe it.
            head = _overwrite ? Fence.Observe(ref _head) : _head;
            int available = _consumerTailCache - head;

            // A producer that overwrote while the consumer was idle can leave the cache far behind
            // the head; past 2^31 the difference wraps positive, so out of range also means stale.
            if (available < wanted || (uint)available > (uint)_capacity)
            {
                _consumerTailCache = Fence.Observe(ref _tail);
                available = _consumerTailCache - head;
            }

            if (available <= 0)
            {
                return 0;
            }

            // The producer may have written past a full lap since the head was read: those items
            // are being overwritten, the copy will be torn, and EndConsume's CAS will refuse it.
            return available < wanted ? available : wanted;
        }

        /// <summary>
        /// Consumer: marks count items from head as read. False when the producer dropped them
        /// while they were being copied: the copy may be torn and must be discarded.
        /// </summary>
        internal bool EndConsume(int head, int count)
        {
            if (!_overwrite)
            {
                Fence.Publish(ref _head, head + count);
            }
            else if (Interlocked.CompareExchange(ref _head, head + count, head) != head)
            {
                return false;
            }

            _read += count;
            return true;
        }

        protected int PositionOf(int counter)
        {
            return counter & _mask;
        }

        protected void CountMisuse()
        {
            _misuses++;
        }

        /// <summary>Zeroes the counters; call it from the ring's own thread (the main loop) or when both sides are idle.</summary>
        public void ResetStatistics()
        {
            _written = 0;
            _read = 0;
            _rejected = 0;
            _overwritten = 0;
            _misuses = 0;
            _highWater = Count;
        }

        public IntegrityProblem CheckIntegrity(out int position)
        {
            int count = _tail - _head;
            position = count;
            if (count < 0 || count > _capacity)
            {
                return IntegrityProblem.RingCountOutOfRange;
            }

            position = -1;
            return IntegrityProblem.None;
        }

        private static int PowerOfTwoBelow(int value)
        {
            int power = 2;
            while (power * 2 <= value && power < 0x40000000)
            {
                power *= 2;
            }

            return power;
        }
    }
}
