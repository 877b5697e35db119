namespace Keel.Pools
{
    /// <summary>The first inconsistency an integrity walk found in a pool's or ring's metadata.</summary>
    public enum IntegrityProblem
    {
        /// <summary>The metadata is consistent.</summary>
        None = 0,

        /// <summary>The free count a pool keeps disagrees with its free list.</summary>
        FreeCountOutOfRange = 1,

        /// <summary>A free-list entry names a slot index outside the pool.</summary>
        FreeEntryOutOfRange = 2,

        /// <summary>A free-list entry names a slot that is in use or is listed twice.</summary>
        FreeEntryInUseOrRepeated = 3,

        /// <summary>A slot is marked free but is missing from the free list (it leaked).</summary>
        FreeSlotNotListed = 4,

        /// <summary>A ring holds more than its capacity or less than nothing.</summary>
        RingCountOutOfRange = 5,

        /// <summary>The guard bytes after a block were overwritten (the position is the block).</summary>
        GuardOverwritten = 6,

        /// <summary>An owner's held count disagrees with the blocks marked as its own (the position is the owner id).</summary>
        OwnerCountMismatch = 7
    }
}
