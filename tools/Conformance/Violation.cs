using System;

namespace Keel.Conformance
{
    /// <summary>One reason the gate refuses device code: where (file and line) and why.</summary>
    public sealed class Violation : IComparable<Violation>
    {
        public Violation(string file, int line, string reason)
        {
            File = file.Replace('\\', '/');
            Line = Math.Max(1, line);
            Reason = reason;
        }

        /// <summary>The file, relative to the root the gate reports against (the repository's root).</summary>
        public string File { get; }

        /// <summary>1-based line.</summary>
        public int Line { get; }

        public string Reason { get; }

        public int CompareTo(Violation other)
        {
            int byFile = string.CompareOrdinal(File, other.File);
            return byFile != 0 ? byFile : Line != other.Line ? Line.CompareTo(other.Line) : string.CompareOrdinal(Reason, other.Reason);
        }

        /// <summary><c>file:line: reason</c>, the form compilers use, so editors and CI logs link it.</summary>
        public override string ToString()
        {
            return File + ":" + Line + ": " + Reason;
        }
    }
}
