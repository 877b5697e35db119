using System;

namespace Keel.Conformance
{
    /// <summary>The gate cannot run here: what it reads from ../shared (the pins, the real assemblies) is missing.</summary>
    public sealed class GateUnavailableException : Exception
    {
        public GateUnavailableException(string message)
            : base(message)
        {
        }
    }
}
