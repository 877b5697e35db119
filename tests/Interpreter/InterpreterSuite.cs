using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.Interpreter
{
    /// <summary>One device test project run once on the interpreter (started early, in the background), and the checks each of its tests answers to.</summary>
    public sealed class InterpreterSuite
    {
        private readonly IReadOnlyList<string> _expected;
        private Task<InterpreterRun> _run;

        /// <param name="project">The device test project, relative to the repository root.</param>
        /// <param name="expected">Every test its PC twin holds, as the launcher names them.</param>
        public InterpreterSuite(string project, IReadOnlyList<string> expected)
        {
            Project = project;
            _expected = expected;
        }

        public string Project { get; }

        /// <summary>The tests every run must report, one data row each.</summary>
        public IEnumerable<object[]> Rows => _expected.Select(name => new object[] { name });

        /// <summary>Starts the run in the background if it has not started yet (when the kit is there).</summary>
        public void Start()
        {
            lock (this)
            {
                _run ??= Task.Run(() => NanoClrKit.Run(Project));
            }
        }

        /// <summary>The run's result, waiting for it if need be.</summary>
        public InterpreterRun Result()
        {
            NanoClrKit.Require();
            Start();
            return _run.GetAwaiter().GetResult();
        }

        /// <summary>The test passed on the interpreter; otherwise fails with its message, or with how the run ended when it never reported.</summary>
        public void AssertPassed(string test)
        {
            InterpreterRun run = Result();
            string outcome = run.OutcomeOf(test);
            if (outcome == null)
            {
                Assert.Fail(test + " did not run on the interpreter: " + Project + " ended with exit code " + run.ExitCode
                    + (run.Completed ? " without reporting it" : " (build failure or crash)") + ". Last lines:\n" + run.Tail);
            }

            Assert.AreEqual("passed", outcome, test + " on the interpreter: " + run.MessageOf(test));
        }

        /// <summary>The run ended normally and reported exactly the tests of the PC twin: none left out, none extra, none skipped.</summary>
        public void AssertRanExactlyThePcTests()
        {
            InterpreterRun run = Result();
            Assert.IsTrue(run.Completed, Project + " did not finish on the interpreter (exit code " + run.ExitCode + "). Last lines:\n" + run.Tail);
            string[] missing = _expected.Except(run.TestNames, StringComparer.Ordinal).ToArray();
            string[] extra = run.TestNames.Except(_expected, StringComparer.Ordinal).ToArray();
            string[] skipped = run.TestNames.Where(name => run.OutcomeOf(name) == "skipped").ToArray();
            Assert.AreEqual(0, missing.Length + extra.Length + skipped.Length, Project + " on the interpreter:"
                + Listing("not run", missing) + Listing("not on the PC", extra) + Listing("skipped", skipped));
            Assert.AreEqual(_expected.Count, run.TestNames.Count(), "tests run on the interpreter and on the PC");
        }

        private static string Listing(string what, string[] names) => names.Length == 0 ? string.Empty : "\n  " + what + ": " + string.Join(", ", names);
    }
}
