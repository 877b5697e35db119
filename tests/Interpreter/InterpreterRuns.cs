using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.Interpreter
{
    /// <summary>Starts the interpreter runs as the test assembly loads, so they use both cores while the first results are awaited.</summary>
    [TestClass]
    public static class InterpreterRuns
    {
        [AssemblyInitialize]
        public static void StartBoth(TestContext context)
        {
            if (File.Exists(NanoClrKit.TestRunner))
            {
                SharedTestsOnTheInterpreter.Suite.Start();
                SharedConsoleTestsOnTheInterpreter.Suite.Start();
                SoakOnTheInterpreter.Suite.Start();
            }
        }
    }
}
