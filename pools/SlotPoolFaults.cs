namespace Keel.Pools
{
    /// <summary>How a slot pool tells faults apart, counts them, and checks its own metadata.</summary>
    public partial class SlotPool
    {
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

        /// <summary>
        /// O(capacity), no allocation, nothing written: follows the free list from its head (every
        /// link must name a free slot of the pool, and the list must end within Capacity links),
        /// then checks that every free slot is on it and, for a pool that keeps counts, that the
        /// count agrees.
        /// </summary>
        public virtual IntegrityProblem CheckIntegrity(out int position)
        {
            position = -1;
            int length = 0;
            for (int index = _freeHead; index != ListEnd; length++)
            {
                if (index >= _capacity)
                {
                    position = length;
                    return IntegrityProblem.FreeEntryOutOfRange;
                }

                if (length == _capacity)
                {
                    // More links than slots, all in range: the list runs in a circle. Name the first slot seen twice.
                    position = FirstRepeatPosition();
                    return IntegrityProblem.FreeEntryInUseOrRepeated;
                }

                int entry = _entries[index];
                if (!IsFreeEntry(index, entry))
                {
                    position = length;
                    return IntegrityProblem.FreeEntryInUseOrRepeated;
                }

                index = entry & IndexMask;
            }

            if (length < CountFree(false))
            {
                position = FirstUnlistedFreeSlot();
                return IntegrityProblem.FreeSlotNotListed;
            }

            if (_special && _freeCount != length)
            {
                return IntegrityProblem.FreeCountOutOfRange;
            }

            return IntegrityProblem.None;
        }

        /// <summary>The position in the free list of the first link that names a slot already passed (the list is known to be circular).</summary>
        private int FirstRepeatPosition()
        {
            // Brent's method: the cycle's length, then where it starts; no marks, nothing written.
            int power = 1;
            int cycle = 1;
            int tortoise = _freeHead;
            int hare = Next(_freeHead);
            while (tortoise != hare)
            {
                if (power == cycle)
                {
                    tortoise = hare;
                    power *= 2;
                    cycle = 0;
                }

                hare = Next(hare);
                cycle++;
            }

            tortoise = _freeHead;
            hare = _freeHead;
            for (int i = 0; i < cycle; i++)
            {
                hare = Next(hare);
            }

            int start = 0;
            while (tortoise != hare)
            {
                tortoise = Next(tortoise);
                hare = Next(hare);
                start++;
            }

            return start + cycle;
        }

        /// <summary>The lowest free slot the free list does not reach. O(capacity²), only once a leak is known.</summary>
        private int FirstUnlistedFreeSlot()
        {
            for (int slot = 0; slot < _capacity; slot++)
            {
                if (!IsFreeEntry(slot, _entries[slot]))
                {
                    continue;
                }

                bool listed = false;
                for (int index = _freeHead; index != ListEnd && !listed; index = Next(index))
                {
                    listed = index == slot;
                }

                if (!listed)
                {
                    return slot;
                }
            }

            return -1;
        }

        private int Next(int index) => _entries[index] & IndexMask;

        private PoolFault Classify(int handle)
        {
            int index = handle & IndexMask;
            if ((handle & OddBit) == 0 || index >= _capacity)
            {
                return PoolFault.InvalidHandle;
            }

            int entry = _entries[index];
            if (entry == handle)
            {
                return PoolFault.None;
            }

            // Free now (neither a handle nor quarantined), and the generation last handed out is
            // this handle's: the same handle, released again.
            if (IsFreeEntry(index, entry) && ((entry | OddBit) & GenerationMask) == (handle & GenerationMask))
            {
                return PoolFault.DoubleRelease;
            }

            return PoolFault.StaleHandle;
        }
    }
}
