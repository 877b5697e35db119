namespace Keel.Pools
{
    /// <summary>A slot pool's quarantine: slots withdrawn for good because their memory was found damaged, and the lookups around it.</summary>
    /// <remarks>Only a pool with special paths (a hardened block pool) quarantines, so these keep the counts as they go.</remarks>
    public partial class SlotPool
    {
        /// <summary>
        /// Withdraws a slot in use for good (its memory was found damaged): it is never handed out
        /// again, and every handle to it, this one included, becomes stale.
        /// </summary>
        internal void Quarantine(int handle)
        {
            _entries[handle & IndexMask] = (handle & GenerationMask) | QuarantineMark;
            _quarantined++;
            _lowFree--;
        }

        /// <summary>The current handle of the slot at index when it is in use, else <see cref="PoolHandle.None"/>.</summary>
        internal int HandleOf(int index)
        {
            int entry = _entries[index];
            return (entry & IndexMask) == index ? entry : PoolHandle.None;
        }

        internal bool IsQuarantined(int index) => (_entries[index] & IndexMask) == QuarantineMark;

        /// <summary>The slot the next <see cref="Acquire"/> would hand out, or -1 when none is free.</summary>
        internal int PeekFree() => _freeHead == ListEnd ? -1 : _freeHead;

        /// <summary>Withdraws the slot <see cref="PeekFree"/> names, without handing it out (its memory was found damaged).</summary>
        internal void QuarantineNextFree()
        {
            // Unlinked as by an acquire, but marked instead of handed out; the low moves with the
            // free count, so the high-water mark does not move.
            int index = _freeHead;
            int entry = _entries[index];
            _freeHead = entry & IndexMask;
            _freeCount--;
            _entries[index] = (entry & GenerationMask) | QuarantineMark;
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
                if (IsQuarantined(index))
                {
                    // With the generation it had, as handed out: the next acquire steps past it.
                    ReleaseCurrent((_entries[index] & GenerationMask) | OddBit | index);
                    _quarantined--;
                    _lowFree++;
                    return index;
                }
            }

            return -1;
        }
    }
}
