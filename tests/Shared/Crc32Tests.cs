using Keel.Drivers.Flash;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    [TestClass]
    public class Crc32Tests
    {
        // "123456789" in ASCII: the standard check input.
        private static readonly byte[] CheckInput = new byte[] { 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39 };

        [TestMethod]
        public void MatchesTheStandardCheckValue()
        {
            Assert.AreEqual(0xCBF43926u, Crc32.Compute(CheckInput, 0, 9));
            Assert.AreEqual(0u, Crc32.Compute(CheckInput, 3, 0));
        }

        [TestMethod]
        public void FeedingInPiecesGivesTheSameValue()
        {
            uint running = Crc32.Update(Crc32.Start, CheckInput, 0, 4);
            running = Crc32.Update(running, CheckInput, 4, 5);
            Assert.AreEqual(Crc32.Compute(CheckInput, 0, 9), Crc32.Finish(running));
        }

        [TestMethod]
        public void OneFlippedBitChangesIt()
        {
            byte[] copy = new byte[9];
            for (int i = 0; i < 9; i++)
            {
                copy[i] = CheckInput[i];
            }

            copy[4] ^= 0x10;
            Assert.AreNotEqual((int)Crc32.Compute(CheckInput, 0, 9), (int)Crc32.Compute(copy, 0, 9));
        }
    }
}
