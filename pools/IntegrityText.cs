namespace Keel.Pools
{
    /// <summary>One line for a person per <see cref="IntegrityProblem"/>, made once so that naming a problem allocates nothing.</summary>
    public static class IntegrityText
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string Ok = "ok";
        private static readonly string FreeCountOutOfRange = "free count disagrees with the free list";
        private static readonly string FreeEntryOutOfRange = "free-list entry names a slot outside the pool";
        private static readonly string FreeEntryInUseOrRepeated = "free-list entry names a slot in use or listed twice";
        private static readonly string FreeSlotNotListed = "free slot missing from the free list (leaked)";
        private static readonly string RingCountOutOfRange = "ring count outside 0..capacity";
        private static readonly string GuardOverwritten = "guard bytes after a block overwritten";
        private static readonly string OwnerCountMismatch = "owner's held count disagrees with its blocks";
        private static readonly string UnknownProblem = "unknown problem";

        public static string Describe(IntegrityProblem problem)
        {
            switch (problem)
            {
                case IntegrityProblem.None: return Ok;
                case IntegrityProblem.FreeCountOutOfRange: return FreeCountOutOfRange;
                case IntegrityProblem.FreeEntryOutOfRange: return FreeEntryOutOfRange;
                case IntegrityProblem.FreeEntryInUseOrRepeated: return FreeEntryInUseOrRepeated;
                case IntegrityProblem.FreeSlotNotListed: return FreeSlotNotListed;
                case IntegrityProblem.RingCountOutOfRange: return RingCountOutOfRange;
                case IntegrityProblem.GuardOverwritten: return GuardOverwritten;
                case IntegrityProblem.OwnerCountMismatch: return OwnerCountMismatch;
                default: return UnknownProblem;
            }
        }
    }
}
