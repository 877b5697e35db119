using System.Runtime.CompilerServices;

namespace nanoFramework.TestFramework
{
    /// <summary>nanoFramework's [TestMethod] on the PC: MSTest's, under the nanoFramework name.</summary>
    public class TestMethodAttribute : Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute
    {
        public TestMethodAttribute([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = -1)
            : base(callerFilePath, callerLineNumber)
        {
        }
    }
}
