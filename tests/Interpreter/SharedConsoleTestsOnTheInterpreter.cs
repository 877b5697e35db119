using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.Interpreter
{
    /// <summary>The shared console tests (tests/SharedConsole) on the real nanoFramework interpreter: each PC test must pass there too.</summary>
    [TestClass]
    public class SharedConsoleTestsOnTheInterpreter
    {
        /// <summary>The run, started when the test assembly loads.</summary>
        public static readonly InterpreterSuite Suite = new InterpreterSuite("tests/SharedConsole/Keel.Tests.SharedConsole.nfproj",
            DeviceTestNames.Of(typeof(Keel.Tests.ShellKeysTests).Assembly));

        public static IEnumerable<object[]> Tests() => Suite.Rows;

        [TestMethod]
        [DynamicData(nameof(Tests))]
        public void PassesOnTheInterpreter(string test) => Suite.AssertPassed(test);

        [TestMethod]
        public void TheInterpreterRanExactlyThePcTests() => Suite.AssertRanExactlyThePcTests();
    }
}
