namespace Keel.Pools
{
    /// <summary>One line for a person per <see cref="IntegrityProblem"/>, as literals so reading them allocates nothing.</summary>
    public static class IntegrityText
    {
        public static string Describe(IntegrityProblem problem)
        {
            switch (problem)
            {
                case IntegrityProblem.None: return "ok";
                case IntegrityProblem.FreeCountOutOfRange: return "free count outside 0..capacity";
                case IntegrityProblem.FreeEntryOutOfRange: return "free-list entry names a slot outside the pool";
                case IntegrityProblem.FreeEntryInUseOrRepeated: return "free-list entry names a slot in use or listed twice";
                case IntegrityProblem.FreeSlotNotListed: return "free slot missing from the free list (leaked)";
                case IntegrityProblem.RingCountOutOfRange: return "ring count outside 0..capacity";
                case IntegrityProblem.GuardOverwritten: return "guard bytes after a block overwritten";
                case IntegrityProblem.OwnerCountMismatch: return "owner's held count disagrees with its blocks";
                default: return "unknown problem";
            }
        }
    }
}
