namespace nanoFramework.TestFramework
{
    /// <summary>nanoFramework's [TestClass] on the PC: MSTest's, under the nanoFramework name.</summary>
    public class TestClassAttribute : Microsoft.VisualStudio.TestTools.UnitTesting.TestClassAttribute
    {
    }
}
