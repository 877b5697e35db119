namespace nanoFramework.TestFramework
{
    /// <summary>nanoFramework's [DataRow(params object[])] on the PC: MSTest's, under the nanoFramework name.</summary>
    public class DataRowAttribute : Microsoft.VisualStudio.TestTools.UnitTesting.DataRowAttribute
    {
        public DataRowAttribute(params object[] methodParameters)
            : base(methodParameters)
        {
        }
    }
}
