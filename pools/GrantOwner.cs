namespace Keel.Pools
{
    /// <summary>One owner's grant in a <see cref="GrantPool"/>: its guaranteed budget and what it holds.</summary>
    public class GrantOwner : IPoolDiagnostics
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string KindName = "grant";

        private readonly string _name;
        private readonly int _blockSize;

        // Read and written by the grant pool's acquire and release directly: on the interpreter a
        // property call would cost more than the count it moves.
        internal readonly int Budget;
        internal int Held;
        internal int HighWaterMark;
        internal int Refused;

        internal GrantOwner(string name, int budget, int blockSize)
        {
            _name = name;
            Budget = budget;
            _blockSize = blockSize;
        }

        public string Name => _name;

        public string Kind => KindName;

        /// <summary>The guaranteed budget, in blocks.</summary>
        public int Capacity => Budget;

        public int ItemBytes => _blockSize;

        /// <summary>The bytes reserved for this owner inside the shared pool (not added to the plan again).</summary>
        public int StorageBytes => Budget * _blockSize;

        public int MetadataBytes => 0;

        public string Notes => string.Empty;

        /// <summary>Blocks held now, including any borrowed from the shared overflow.</summary>
        public int InUse => Held;

        public int HighWater => HighWaterMark;

        /// <summary>Acquires refused because the owner had used its budget (and the overflow was closed or full).</summary>
        public int Failures => Refused;

        public int Faults => 0;

        /// <summary>Blocks held beyond the budget, borrowed from the shared overflow.</summary>
        public int Borrowed => Held > Budget ? Held - Budget : 0;

        public void ResetStatistics()
        {
            HighWaterMark = Held;
            Refused = 0;
        }

        /// <summary>The owner's counts are checked by its pool's walk; alone it has nothing to walk.</summary>
        public IntegrityProblem CheckIntegrity(out int position)
        {
            position = -1;
            return IntegrityProblem.None;
        }
    }
}
