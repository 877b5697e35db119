using Keel.Drivers.Flash;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    /// <summary>Store results reach the console as words (the boot line, a failed flash erase), never as the enum's number.</summary>
    [TestClass]
    public class StoreResultTextTests
    {
        [TestMethod]
        public void EveryResultHasItsOwnName()
        {
            Assert.AreEqual("flash failed", StoreResultText.Of(StoreResult.FlashFailed));
            Assert.AreEqual("damaged", StoreResultText.Of(StoreResult.Damaged));
            for (int i = (int)StoreResult.Ok; i <= (int)StoreResult.Damaged; i++)
            {
                string name = StoreResultText.Of((StoreResult)i);
                Assert.IsFalse(name == "unnamed result", "result " + i.ToString());
                for (int j = 0; j < i; j++)
                {
                    Assert.IsFalse(StoreResultText.Of((StoreResult)j) == name, "results " + j.ToString() + " and " + i.ToString());
                }
            }

            Assert.AreEqual("unnamed result", StoreResultText.Of((StoreResult)99));
        }
    }
}
