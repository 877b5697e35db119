using System;
using System.Collections.Generic;
using System.Linq;

namespace Keel.Tests.Interpreter
{
    /// <summary>What one run of a device test project on the interpreter reported: each test's outcome and message, how the run ended, and its last lines.</summary>
    public sealed class InterpreterRun
    {
        private const string Prefix = "Test ";
        private const int TailLines = 40;

        private readonly Dictionary<string, string> _outcomes = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _messages = new Dictionary<string, string>(StringComparer.Ordinal);

        private InterpreterRun(string project, int exitCode, string output)
        {
            Project = project;
            ExitCode = exitCode;
            Output = output;
        }

        /// <summary>The device project that ran.</summary>
        public string Project { get; }

        /// <summary>The kit's exit code: 0 all passed, 1 a test failed, 2 build or load failed, 3 crash or timeout.</summary>
        public int ExitCode { get; }

        /// <summary>Everything the run printed.</summary>
        public string Output { get; }

        /// <summary>Names of the tests that reported, as Namespace.Class.Method.N.</summary>
        public IEnumerable<string> TestNames => _outcomes.Keys;

        /// <summary>Whether the run got to its end: every test it found reported (passed or failed), nothing crashed.</summary>
        public bool Completed => ExitCode == 0 || ExitCode == 1;

        /// <summary>The last lines the run printed, for a failure message.</summary>
        public string Tail => string.Join("\n", Output.Split('\n').TakeLast(TailLines));

        /// <summary>"passed", "failed" or "skipped"; null when the test never reported.</summary>
        public string OutcomeOf(string test) => _outcomes.TryGetValue(test, out string outcome) ? outcome : null;

        /// <summary>The failure or skip message (or the ticks taken) of a test that reported.</summary>
        public string MessageOf(string test) => _messages.TryGetValue(test, out string message) ? message : null;

        /// <summary>Reads the kit's verbose output: "Test passed|failed|skipped,Name,info", where info may run over several lines.</summary>
        public static InterpreterRun Parse(string project, int exitCode, string output)
        {
            InterpreterRun run = new InterpreterRun(project, exitCode, output);
            string current = null;
            foreach (string raw in output.Replace("\r", string.Empty).Split('\n'))
            {
                if (raw.StartsWith(Prefix, StringComparison.Ordinal) && raw.IndexOf(',') > 0)
                {
                    string[] parts = raw.Substring(Prefix.Length).Split(',', 3);
                    current = parts.Length > 1 ? parts[1] : null;
                    if (current != null)
                    {
                        run._outcomes[current] = parts[0];
                        run._messages[current] = parts.Length > 2 ? parts[2] : string.Empty;
                    }
                }
                else if (raw.StartsWith("nanoclr:", StringComparison.Ordinal))
                {
                    current = null;
                }
                else if (current != null)
                {
                    run._messages[current] += "\n" + raw;
                }
            }

            return run;
        }
    }
}
