using System;
using System.IO;

namespace Keel.Sim.Board
{
    /// <summary>Runs a simulator script: console lines, and the directives wait, expect and comments; fails at the first line that does not succeed.</summary>
    /// <remarks>
    /// A line succeeds when it is blank or a comment (#); when it is <c>wait N</c> (N with
    /// us, ms or s; ms when bare), which runs the loop for that much virtual time; when it is
    /// <c>expect TEXT</c> and TEXT appears in the console output since the previous console line;
    /// or when it is a console line the console answers without an error.
    /// </remarks>
    public sealed class ScriptRunner
    {
        private readonly SimulatedBoard _board;
        private readonly TextWriter _out;
        private string _lastOutput = "";

        public ScriptRunner(SimulatedBoard board, TextWriter output)
        {
            _board = board;
            _out = output;
            _lastOutput = board.TakeOutput();
            _out.Write(_lastOutput);
        }

        /// <summary>The line number (from 1) that failed, or 0 when every line succeeded.</summary>
        public int FailedLine { get; private set; }

        /// <summary>Why that line failed.</summary>
        public string Failure { get; private set; }

        /// <summary>Runs every line; true when all succeeded. Stops at the first failure.</summary>
        public bool Run(string[] lines)
        {
            for (int i = 0; i < lines.Length; i++)
            {
                string failure = RunLine(lines[i].Trim());
                if (failure != null)
                {
                    FailedLine = i + 1;
                    Failure = failure;
                    return false;
                }
            }

            return true;
        }

        private string RunLine(string line)
        {
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                return null;
            }

            if (line.StartsWith("expect ", StringComparison.Ordinal))
            {
                string text = line.Substring(7).Trim();
                return _lastOutput.Contains(text, StringComparison.Ordinal)
                    ? null
                    : "expected '" + text + "' in the output of the previous console line";
            }

            if (line == "wait" || line.StartsWith("wait ", StringComparison.Ordinal))
            {
                long microseconds;
                if (!TryParseDuration(line.Substring(4).Trim(), out microseconds))
                {
                    return "wait takes a time such as 500ms, 2s or 100us, not '" + line.Substring(4).Trim() + "'";
                }

                _board.RunFor(microseconds);
                _out.Write(_board.TakeOutput());
                return null;
            }

            _out.Write("> ");
            _out.WriteLine(line);
            bool ok = _board.TypeLine(line);
            _lastOutput = _board.TakeOutput();
            _out.Write(_lastOutput);
            return ok ? null : "the console answered '" + line + "' with an error";
        }

        /// <summary>"500ms", "2s", "100us", or a bare number of milliseconds.</summary>
        public static bool TryParseDuration(string text, out long microseconds)
        {
            long scale = 1000;
            string number = text;
            if (text.EndsWith("ms", StringComparison.Ordinal))
            {
                number = text.Substring(0, text.Length - 2);
            }
            else if (text.EndsWith("us", StringComparison.Ordinal))
            {
                scale = 1;
                number = text.Substring(0, text.Length - 2);
            }
            else if (text.EndsWith("s", StringComparison.Ordinal))
            {
                scale = 1000000;
                number = text.Substring(0, text.Length - 1);
            }

            long value;
            microseconds = 0;
            if (!long.TryParse(number, out value) || value < 0 || value > long.MaxValue / scale)
            {
                return false;
            }

            microseconds = value * scale;
            return true;
        }
    }
}
