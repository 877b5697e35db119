using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.Interpreter
{
    /// <summary>The steady-state soak (tests/Soak) on the real nanoFramework interpreter, where every object counts: each path must allocate exactly 0 objects.</summary>
    [TestClass]
    public class SoakOnTheInterpreter
    {
        /// <summary>The run, started when the test assembly loads.</summary>
        public static readonly InterpreterSuite Suite = new InterpreterSuite("tests/Soak/Keel.Soak.nfproj",
            DeviceTestNames.Of(typeof(Keel.Soak.SoakBoard).Assembly));

        public static IEnumerable<object[]> Tests() => Suite.Rows;

        [TestMethod]
        [DynamicData(nameof(Tests))]
        public void PassesOnTheInterpreter(string test) => Suite.AssertPassed(test);

        [TestMethod]
        public void TheInterpreterRanExactlyThePcTests() => Suite.AssertRanExactlyThePcTests();
    }
}
