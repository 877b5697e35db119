using System;
using System.IO;

namespace Keel.Sim.Board
{
    /// <summary>Runs a simulator script: console lines (the simulator's own commands included), expect directives and comments; fails at the first line that does not succeed.</summary>
    /// <remarks>
    /// A line succeeds when it is blank or a comment (#); when it is <c>expect TEXT</c> and TEXT
    /// appears in the console output since the previous console line; or when it is a console line
    /// the console answers without an error and does not discard (too long, non-printable bytes).
    /// <c>wait TIME</c> runs the loop for that much virtual time; <c>quit</c> or <c>exit</c> ends
    /// the script there, successfully. Every line is echoed after the prompt, and all output uses
    /// the platform's line ends (the serial line's CR LF become LF on Linux).
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
            Write(_lastOutput);
        }

        /// <summary>The line number (from 1) that failed, or 0 when every line succeeded.</summary>
        public int FailedLine { get; private set; }

        /// <summary>Why that line failed.</summary>
        public string Failure { get; private set; }

        /// <summary>Whether a 'quit' or 'exit' line ended the script.</summary>
        public bool Quit
        {
            get { return _board.QuitRequested; }
        }

        /// <summary>Runs every line (until quit); true when all succeeded. Stops at the first failure.</summary>
        public bool Run(string[] lines)
        {
            for (int i = 0; i < lines.Length && !_board.QuitRequested; i++)
            {
                string failure = RunLine(lines[i]);
                if (failure != null)
                {
                    FailedLine = i + 1;
                    Failure = failure;
                    return false;
                }
            }

            return true;
        }

        /// <summary>The text with the serial line's CR LF turned into the platform's line end.</summary>
        public static string ToPlatform(string text)
        {
            string lines = text.Replace("\r\n", "\n", StringComparison.Ordinal);
            return Environment.NewLine == "\n" ? lines : lines.Replace("\n", Environment.NewLine, StringComparison.Ordinal);
        }

        private string RunLine(string raw)
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                return null;
            }

            if (line == "expect")
            {
                return "expect needs the text to look for, such as 'expect presses           1'";
            }

            if (line.StartsWith("expect ", StringComparison.Ordinal))
            {
                string text = line.Substring(7).Trim();
                return _lastOutput.Contains(text, StringComparison.Ordinal)
                    ? null
                    : "expected '" + text + "' in the output of the previous console line";
            }

            // The line goes to the console as written (only the line end removed), so that a line the
            // console would discard at a terminal (too long, a control byte) is discarded here too.
            string typed = raw.TrimEnd('\r', '\n');
            _out.Write("> ");
            _out.Write(ToPlatform(typed));
            _out.Write(Environment.NewLine);
            bool ok = _board.TypeLine(typed);
            _lastOutput = _board.TakeOutput();
            long wait = _board.TakeWaitRequest();
            if (ok && wait >= 0)
            {
                _board.RunFor(wait);
                _lastOutput += _board.TakeOutput();
            }

            Write(_lastOutput);
            return ok ? null : "the console answered '" + typed + "' with an error";
        }

        private void Write(string text)
        {
            _out.Write(ToPlatform(text));
        }
    }
}
