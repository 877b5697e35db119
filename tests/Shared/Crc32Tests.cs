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

        [TestMethod]
        public void EveryFlippedBitIsFoundFromTheSyndromeAlone()
        {
            uint crc = Crc32.Compute(CheckInput, 0, 9);
            byte[] copy = new byte[9];
            for (int bit = 0; bit < 9 * 8; bit++)
            {
                for (int i = 0; i < 9; i++)
                {
                    copy[i] = CheckInput[i];
                }

                copy[bit / 8] ^= (byte)(1 << (bit % 8));
                Assert.AreEqual(bit, Crc32.FindSingleBitError(9, Crc32.Compute(copy, 0, 9) ^ crc), "data bit " + bit.ToString());
            }

            for (int k = 0; k < 32; k++)
            {
                Assert.AreEqual(9 * 8 + k, Crc32.FindSingleBitError(9, (uint)1 << k), "a flip in the stored CRC, bit " + k.ToString());
            }

            Assert.AreEqual(-1, Crc32.FindSingleBitError(9, 0), "nothing to find");
        }

        [TestMethod]
        public void TwoFlippedBitsAreNeverTakenForOne()
        {
            uint crc = Crc32.Compute(CheckInput, 0, 9);
            byte[] copy = new byte[9];
            for (int first = 0; first < 9 * 8; first++)
            {
                for (int second = first + 1; second < 9 * 8; second++)
                {
                    for (int i = 0; i < 9; i++)
                    {
                        copy[i] = CheckInput[i];
                    }

                    copy[first / 8] ^= (byte)(1 << (first % 8));
                    copy[second / 8] ^= (byte)(1 << (second % 8));
                    Assert.AreEqual(-1, Crc32.FindSingleBitError(9, Crc32.Compute(copy, 0, 9) ^ crc));
                }
            }
        }
    }
}
