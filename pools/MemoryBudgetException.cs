using System;

namespace Keel.Pools
{
    /// <summary>The boot error for a memory plan larger than the board's budget; its message says what to change.</summary>
    public class MemoryBudgetException : Exception
    {
        private readonly int _requiredBytes;
        private readonly int _budgetBytes;

        public MemoryBudgetException(string message, int requiredBytes, int budgetBytes)
            : base(message)
        {
            _requiredBytes = requiredBytes;
            _budgetBytes = budgetBytes;
        }

        public int RequiredBytes
        {
            get { return _requiredBytes; }
        }

        public int BudgetBytes
        {
            get { return _budgetBytes; }
        }

        public int ShortfallBytes
        {
            get { return _requiredBytes - _budgetBytes; }
        }
    }
}
