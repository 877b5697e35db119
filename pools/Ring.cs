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
    /// Only the producer writes the tail and only the consumer writes the head, each after its
    /// data copy (<see cref="Fence"/> chooses how, per platform), so the other side never sees a
    /// position before the bytes in it. On the interpreter every instruction counts, so the
    /// producer's common case is one comparison: fill below the high-water mark means the ring
    /// is neither full nor at a new high. Only the consumer counts what it reads; the total
    /// written is derived (read + dropped + queued), so the producer's common case counts nothing.
    ///
    /// Under <see cref="OverflowPolicy.OverwriteOldest"/> a producer that finds the ring full
    /// does not touch the head: it first publishes the floor (the oldest item its write leaves
    /// intact) and counts one more overwrite (and raises a flag that ByteRing.TryRead tests on
    /// the device, one comparison with zero), then writes over the oldest items. The consumer
    /// compares that count with the one it last handled after its copy (seqlock style): the
    /// same, the copy is good; changed, it looks at the floor: above its head, the producer
    /// lapped it or wrote over the copy meanwhile, so the consumer discards the copy, skips to
    /// the floor, counts what it skipped as overwritten and reads again. Every item written is
    /// therefore either read once, in order, or counted as overwritten, with no compare-and-swap
    /// on either common path.
    ///
    /// Two rare cases keep the 32-bit differences meaningful. A consumer that stays away for
    /// 2^30 items would let the tail run too far ahead of the head to compare, so the producer
    /// then moves the head up to just below the floor itself (compare-and-swap, counted on the
    /// producer's side); the consumer's next look at the floor sends it on. And a floor found
    /// above the tail can only be one left 2^31 items ago that reads as ahead again: the
    /// consumer lowers it to its head (compare-and-swap, in case the producer moves it meanwhile).
    /// </remarks>
    public abstract class Ring : IPoolDiagnostics
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string RejectNewestNote = "reject newest";
        private static readonly string OverwriteOldestNote = "overwrite oldest";

        /// <summary>How far the tail may run ahead of an absent consumer before the producer moves the head.</summary>
        internal const int FarBehind = 0x40000000;

        private readonly string _name;
        private readonly OverflowPolicy _policy;

        // Internal, not private: ByteRing and RecordRing use them directly on their hot paths,
        // because on the interpreter a call costs as much as several field accesses.
        internal readonly int _capacity;
        internal readonly int _mask;
        internal readonly bool _overwrite;

        internal int _head;
        internal int _tail;

        // Producer (OverwriteOldest only): the oldest item its last overwriting write left intact,
        // and how many such writes it began. The consumer compares the count with the one it last
        // handled, after each copy: one equality, whatever the policy, and no wrap to worry about.
        internal int _floor;
        internal int _overwrites;

        // Consumer: the producer's overwrite count as of its last check of the floor.
        internal int _seenOverwrites;

        // Both sides: the producer sets it to 1 before it writes over old items, the consumer
        // clears it before it looks at the floor. An int compared with zero is the cheapest check
        // the consumer's common path can make after its copy on the interpreter (a bool load and
        // a pair of int loads both measured slower), and a lost 1 is impossible: the consumer
        // clears before it reads the floor, so any overwrite it clears away it also handles.
        internal int _overwriteBegun;

        // Producer: the highest fill after any write; also the threshold of the producer's slow path.
        internal int _highWater;

        // Each counter is written by one side only. The running totals are 64-bit: a serial line
        // at 115,200 baud passes 2^31 bytes in 2 days.
        internal long _read;              // consumer
        internal long _overwritten;       // consumer: items it skipped because the producer wrote over them
        internal long _producerDropped;   // producer: items of an oversized write, and items it dropped for an absent consumer
        internal long _rejected;          // producer
        internal int _misuses;            // both sides: misuse is rare, and a race could only lose an increment

        // What ResetStatistics found queued and already written over, so the derived totals restart at zero.
        private long _queuedAtReset;
        private long _pendingAtReset;

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
                int count = Fence.Observe(ref _tail) - Fence.Observe(ref _head);
                return count < 0 ? 0 : (count > _capacity ? _capacity : count);
            }
        }

        public int InUse
        {
            get { return Count; }
        }

        /// <summary>Items that ever entered the ring: read, dropped, or still queued.</summary>
        public long TotalWritten
        {
            get
            {
                int head = Fence.Observe(ref _head);
                int tail = Fence.Observe(ref _tail);
                return Fence.ReadStatistic(ref _read) + Fence.ReadStatistic(ref _overwritten)
                    + Fence.ReadStatistic(ref _producerDropped) + (tail - head) - _queuedAtReset;
            }
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

        /// <summary>Items written over (or, from a write longer than the ring, never stored) before they were read.</summary>
        public long Overwritten
        {
            get
            {
                return Fence.ReadStatistic(ref _overwritten) + Fence.ReadStatistic(ref _producerDropped)
                    + NotYetSkipped() - _pendingAtReset;
            }
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

        /// <summary>
        /// Producer, when the common case's one comparison failed (the ring looks full or the
        /// fill reaches a new high): how many of <paramref name="wanted"/> items (at most the
        /// capacity) may be written at the tail. Under RejectNewest the rest are counted as
        /// rejected; under OverwriteOldest the floor is published first, so that the consumer
        /// can tell that the oldest items are being written over.
        /// </summary>
        internal int ReserveForWrite(int wanted)
        {
            int tail = _tail;
            int head = Fence.Observe(ref _head);
            int fill = tail - head;
            int free = _capacity - fill;
            if (wanted <= free)
            {
                RaiseHighWater(fill + wanted);
                return wanted;
            }

            if (!_overwrite)
            {
                _rejected += wanted - free;
                _highWater = _capacity;
                return free;
            }

            // This write leaves intact only the items from floor on; the consumer must be able to
            // know that before the first byte is written over.
            int floor = tail + wanted - _capacity;
            Fence.Publish(ref _floor, floor);
            Fence.Publish(ref _overwriteBegun, 1);
            Fence.PublishBeforeOverwrite(ref _overwrites, _overwrites + 1);
            _highWater = _capacity;
            if (fill >= FarBehind && Interlocked.CompareExchange(ref _head, floor - 1, head) == head)
            {
                // The consumer has been away for 2^30 items: bring its head to just below the
                // floor, so that its next check sees the loss and skips the rest (floor − 1
                // itself is written over, so it counts here).
                _producerDropped += floor - 1 - head;
            }

            return wanted;
        }

        private void RaiseHighWater(int fill)
        {
            if (fill > _highWater)
            {
                _highWater = fill > _capacity ? _capacity : fill;
            }
        }

        /// <summary>
        /// Consumer, under OverwriteOldest: when the floor is above the head, moves the head up
        /// to the floor, counts what it skipped as overwritten, and returns the new head. Read
        /// the overwrite count before calling: a copy made after this is good if the count is unchanged after it.
        /// </summary>
        internal int SkipOverwritten(int head)
        {
            while (true)
            {
                int floor = Fence.Observe(ref _floor);
                int tail = Fence.Observe(ref _tail);
                int behind = floor - head;
                if (behind <= 0)
                {
                    return head;
                }

                if (behind > tail - head)
                {
                    // No producer floor is ever above the tail: this one is 2^31 items old and
                    // only reads as ahead. Lower it to the head, unless the producer just moved it.
                    Interlocked.CompareExchange(ref _floor, head, floor);
                    continue;
                }

                // A compare-and-swap, not a write: the producer moves the head too when the
                // consumer was away for 2^30 items, and its move is counted on its side.
                if (Interlocked.CompareExchange(ref _head, floor, head) == head)
                {
                    _overwritten += behind;
                    return floor;
                }

                head = Fence.Observe(ref _head);
            }
        }

        /// <summary>Items the producer wrote over that the consumer has not skipped (and counted) yet.</summary>
        private int NotYetSkipped()
        {
            if (!_overwrite)
            {
                return 0;
            }

            int head = Fence.Observe(ref _head);
            int floor = Fence.Observe(ref _floor);
            int tail = Fence.Observe(ref _tail);
            int behind = floor - head;
            return behind > 0 && behind <= tail - head ? behind : 0;
        }

        protected void CountMisuse()
        {
            _misuses++;
        }

        /// <summary>Zeroes the counters; call it from the ring's own thread (the main loop) or when both sides are idle.</summary>
        public void ResetStatistics()
        {
            _read = 0;
            _overwritten = 0;
            _producerDropped = 0;
            _rejected = 0;
            _misuses = 0;
            _queuedAtReset = _tail - _head;
            _pendingAtReset = NotYetSkipped();
            _highWater = Count;
        }

        public IntegrityProblem CheckIntegrity(out int position)
        {
            // Under OverwriteOldest an absent consumer's head may trail by up to FarBehind + capacity.
            int count = _tail - _head;
            long limit = _overwrite ? (long)FarBehind + _capacity : _capacity;
            position = count;
            if (count < 0 || count > limit)
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
