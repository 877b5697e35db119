namespace Keel.Pools
{
    /// <summary>The outcome of an integrity walk: the first problem found and where.</summary>
    public struct IntegrityResult
    {
        /// <summary>What is wrong, or <see cref="IntegrityProblem.None"/>.</summary>
        public readonly IntegrityProblem Problem;

        /// <summary>The slot or free-list position the problem was found at; -1 when not tied to one.</summary>
        public readonly int Position;

        public IntegrityResult(IntegrityProblem problem, int position)
        {
            Problem = problem;
            Position = position;
        }

        /// <summary>A consistent result.</summary>
        public static IntegrityResult Ok
        {
            get { return new IntegrityResult(IntegrityProblem.None, -1); }
        }

        public bool IsOk
        {
            get { return Problem == IntegrityProblem.None; }
        }

        /// <summary>One line for a person; a literal, so reading it allocates nothing.</summary>
        public string Description
        {
            get
            {
                switch (Problem)
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
}
