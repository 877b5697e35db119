using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.Interpreter
{
    /// <summary>The shared tests (tests/Shared) on the real nanoFramework interpreter, one assembly per device project as nanoFramework builds them: each PC test must pass there too.</summary>
    [TestClass]
    public class SharedTestsOnTheInterpreter
    {
        /// <summary>The run, started when the test assembly loads.</summary>
        public static readonly InterpreterSuite Suite = new InterpreterSuite("tests/Shared/Keel.Tests.nfproj",
            DeviceTestNames.Of(typeof(Keel.Tests.LineEditorTests).Assembly));

        public static IEnumerable<object[]> Tests() => Suite.Rows;

        [TestMethod]
        [DynamicData(nameof(Tests))]
        public void PassesOnTheInterpreter(string test) => Suite.AssertPassed(test);

        [TestMethod]
        public void TheInterpreterRanExactlyThePcTests() => Suite.AssertRanExactlyThePcTests();
    }
}
