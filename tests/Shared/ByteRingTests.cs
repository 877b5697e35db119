using Keel.Pools;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    [TestClass]
    public class ByteRingTests
    {
        [TestMethod]
        public void BytesComeOutInOrderAcrossManyWraps()
        {
            ByteRing ring = new ByteRing("rx", 8, OverflowPolicy.RejectNewest);
            int next = 0;
            int expected = 0;
            for (int round = 0; round < 50; round++)
            {
                for (int i = 0; i < 5; i++)
                {
                    Assert.IsTrue(ring.Write((byte)next));
                    next++;
                }

                for (int i = 0; i < 5; i++)
                {
                    byte value;
                    Assert.IsTrue(ring.TryRead(out value));
                    Assert.AreEqual((byte)expected, value);
                    expected++;
                }
            }

            byte none;
            Assert.IsFalse(ring.TryRead(out none), "empty after reading everything");
            Assert.AreEqual(250, ring.TotalWritten);
            Assert.AreEqual(250, ring.TotalRead);
            Assert.AreEqual(0, ring.Failures);
        }

        [TestMethod]
        public void BatchWritesAndReadsSplitAtTheWrapPoint()
        {
            ByteRing ring = new ByteRing("rx", 8, OverflowPolicy.RejectNewest);
            byte[] six = new byte[] { 1, 2, 3, 4, 5, 6 };
            byte[] back = new byte[8];
            ring.Write(six, 0, 6);
            ring.Read(back, 0, 6);

            Assert.AreEqual(6, ring.Write(six, 0, 6), "wraps from position 6 to 4");
            Assert.AreEqual(6, ring.Read(back, 1, 7), "reads only what is there");
            for (int i = 0; i < 6; i++)
            {
                Assert.AreEqual(six[i], back[i + 1]);
            }
        }

        [TestMethod]
        public void RejectNewestKeepsTheOldestAndCountsTheRest()
        {
            ByteRing ring = new ByteRing("rx", 4, OverflowPolicy.RejectNewest);
            byte[] data = new byte[] { 10, 11, 12, 13, 14, 15 };

            Assert.AreEqual(4, ring.Write(data, 0, 6));
            Assert.IsFalse(ring.Write((byte)99));
            Assert.AreEqual(3, ring.Rejected);
            Assert.AreEqual(3, ring.Failures);
            Assert.AreEqual(4, ring.HighWater);

            byte[] back = new byte[4];
            Assert.AreEqual(4, ring.Read(back, 0, 4));
            Assert.AreEqual((byte)10, back[0]);
            Assert.AreEqual((byte)13, back[3]);
        }

        [TestMethod]
        public void OverwriteOldestKeepsTheNewestAndCountsTheLoss()
        {
            ByteRing ring = new ByteRing("log", 4, OverflowPolicy.OverwriteOldest);
            for (int i = 0; i < 7; i++)
            {
                Assert.IsTrue(ring.Write((byte)i));
            }

            Assert.AreEqual(3, ring.Overwritten);
            Assert.AreEqual(4, ring.Count);
            byte[] back = new byte[4];
            Assert.AreEqual(4, ring.Read(back, 0, 4));
            Assert.AreEqual((byte)3, back[0]);
            Assert.AreEqual((byte)6, back[3]);
            Assert.AreEqual(7, ring.TotalWritten);
            Assert.AreEqual(ring.TotalWritten, ring.TotalRead + ring.Overwritten);
        }

        [TestMethod]
        public void WriteLargerThanTheRingFollowsThePolicy()
        {
            byte[] data = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
            byte[] back = new byte[4];

            ByteRing keepNewest = new ByteRing("log", 4, OverflowPolicy.OverwriteOldest);
            Assert.AreEqual(10, keepNewest.Write(data, 0, 10));
            Assert.AreEqual(6, keepNewest.Overwritten);
            keepNewest.Read(back, 0, 4);
            Assert.AreEqual((byte)7, back[0]);
            Assert.AreEqual((byte)10, back[3]);

            ByteRing keepOldest = new ByteRing("rx", 4, OverflowPolicy.RejectNewest);
            Assert.AreEqual(4, keepOldest.Write(data, 0, 10));
            Assert.AreEqual(6, keepOldest.Rejected);
            keepOldest.Read(back, 0, 4);
            Assert.AreEqual((byte)1, back[0]);
            Assert.AreEqual((byte)4, back[3]);
        }

        [TestMethod]
        public void BadBoundsQueueNothingAndCountAFault()
        {
            ByteRing ring = new ByteRing("rx", 8, OverflowPolicy.RejectNewest);
            byte[] data = new byte[4];
            Assert.AreEqual(0, ring.Write(data, 2, 3));
            Assert.AreEqual(0, ring.Read(data, -1, 1));
            Assert.AreEqual(0, ring.Write(null, 0, 1));
            Assert.AreEqual(3, ring.Faults);
            Assert.AreEqual(0, ring.Count);
        }

        [TestMethod]
        public void ResetClearsCountersButKeepsTheData()
        {
            ByteRing ring = new ByteRing("rx", 4, OverflowPolicy.RejectNewest);
            for (int i = 0; i < 6; i++)
            {
                ring.Write((byte)i);
            }

            ring.ResetStatistics();
            Assert.AreEqual(0, ring.Failures);
            Assert.AreEqual(4, ring.HighWater);
            Assert.AreEqual(4, ring.Count);
            Assert.IsTrue(Integrity.IsOk(ring));
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(1)]
        [DataRow(100)]
        public void CapacityMustBeAPowerOfTwoAndTheErrorSuggestsOne(int capacity)
        {
            string message = ErrorMessage.Of(() => new ByteRing("console-in", capacity, OverflowPolicy.RejectNewest));
            Assert.Contains("console-in", message);
            Assert.Contains("power of two", message);
            if (capacity == 100)
            {
                Assert.Contains("64 or 128", message);
            }
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(1)]
        public void TotalsPast2To31BytesKeepCounting(int policyNumber)
        {
            // A write longer than the ring copies only what fits and counts the rest at once,
            // so 2,049 writes of 1 MiB take the totals past 2^31 in a moment.
            OverflowPolicy policy = policyNumber == 0 ? OverflowPolicy.RejectNewest : OverflowPolicy.OverwriteOldest;
            ByteRing ring = new ByteRing("log", 16, policy);
            byte[] chunk = new byte[1 << 20];
            for (int i = 0; i < 2049; i++)
            {
                ring.Write(chunk, 0, chunk.Length);
            }

            long offered = 2049L << 20;
            if (policy == OverflowPolicy.RejectNewest)
            {
                Assert.AreEqual(16L, ring.TotalWritten);
                Assert.AreEqual(offered - 16, ring.Rejected);
            }
            else
            {
                Assert.AreEqual(offered, ring.TotalWritten);
                Assert.AreEqual(offered - 16, ring.Overwritten);
            }

            Assert.AreEqual(int.MaxValue, ring.Failures, "the int summary saturates rather than wrapping");
        }
    }
}
