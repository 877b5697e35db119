using System;
using Keel.Pools;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    [TestClass]
    public class SizeClassPoolTests
    {
        // A board config's class table: consts, turned into arrays at boot.
        private const int SmallSize = 16;
        private const int SmallCount = 4;
        private const int MediumSize = 64;
        private const int MediumCount = 2;
        private const int LargeSize = 256;
        private const int LargeCount = 1;

        private static SizeClassPool Create(bool fallBack)
        {
            return new SizeClassPool("msgs", new int[] { SmallSize, MediumSize, LargeSize },
                new int[] { SmallCount, MediumCount, LargeCount }, fallBack, BlockPoolOptions.None);
        }

        [TestMethod]
        [DataRow(0, 16)]
        [DataRow(1, 16)]
        [DataRow(16, 16)]
        [DataRow(17, 64)]
        [DataRow(64, 64)]
        [DataRow(200, 256)]
        public void ARequestGetsTheSmallestClassThatFits(int length, int expectedBlockSize)
        {
            SizeClassPool pool = Create(false);
            int handle = pool.Acquire(length);
            Assert.AreEqual(expectedBlockSize, pool.BlockSizeOf(handle));
        }

        [TestMethod]
        public void AnEmptyClassFallsBackToTheNextLargerAndCountsIt()
        {
            SizeClassPool pool = Create(true);
            pool.Acquire(60);
            pool.Acquire(60);
            int third = pool.Acquire(60);

            Assert.AreEqual(LargeSize, pool.BlockSizeOf(third));
            Assert.AreEqual(1, pool.PartBorrowed(1), "one fallback counted on the 64-byte class");
            Assert.AreEqual(1, pool.Part(1).Failures, "the 64-byte class was found empty once");
            Assert.AreEqual(0, pool.Failures);
            Assert.AreEqual(PoolHandle.None, pool.Acquire(60), "nothing larger left");
            Assert.AreEqual(1, pool.Failures);
        }

        [TestMethod]
        public void WithoutFallbackAnEmptyClassFails()
        {
            SizeClassPool pool = Create(false);
            pool.Acquire(60);
            pool.Acquire(60);
            Assert.AreEqual(PoolHandle.None, pool.Acquire(60));
            Assert.AreEqual(1, pool.Failures);
            Assert.AreEqual(0, pool.Part(2).InUse, "the large class was left alone");
        }

        [TestMethod]
        public void ARequestLongerThanTheLargestClassFailsAsOversized()
        {
            SizeClassPool pool = Create(true);
            Assert.AreEqual(PoolHandle.None, pool.Acquire(257));
            Assert.AreEqual(1, pool.Oversized);
            Assert.AreEqual(1, pool.Failures);
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(1)]
        [DataRow(2)]
        public void EveryBlockCanBeHadAgainAfterAnyReleaseOrder(int order)
        {
            SizeClassPool pool = Create(false);
            int[] lengths = new int[] { 3, 60, 16, 250, 9, 33, 1 };
            int[] handles = new int[lengths.Length];
            for (int round = 0; round < 3; round++)
            {
                for (int i = 0; i < lengths.Length; i++)
                {
                    handles[i] = pool.Acquire(lengths[i]);
                    Assert.AreNotEqual(PoolHandle.None, handles[i], "round " + round.ToString() + ", request " + i.ToString());
                }

                for (int i = 0; i < lengths.Length; i++)
                {
                    int position = order == 0 ? i : (order == 1 ? lengths.Length - 1 - i : (i * 3) % lengths.Length);
                    Assert.AreEqual((int)PoolFault.None, (int)pool.Release(handles[position]));
                }
            }

            Assert.AreEqual(0, pool.InUse);
            Assert.AreEqual(0, pool.Failures);
        }

        [TestMethod]
        public void WasteIsGrantedMinusRequestedBytesOfTheBlocksInUse()
        {
            SizeClassPool pool = Create(false);
            int a = pool.Acquire(10);
            pool.Acquire(40);
            Assert.AreEqual(50, pool.RequestedBytes);
            Assert.AreEqual(16 + 64, pool.GrantedBytes);
            Assert.AreEqual(30, pool.WasteBytes);

            pool.Release(a);
            Assert.AreEqual(40, pool.RequestedBytes);
            Assert.AreEqual(24, pool.WasteBytes);
        }

        [TestMethod]
        public void HandlesAreCheckedLikeAnyPoolsAndCopiesStayInsideTheirBlock()
        {
            SizeClassPool pool = Create(false);
            int handle = pool.Acquire(20);
            byte[] data = new byte[] { 1, 2, 3 };
            byte[] back = new byte[3];
            Assert.IsTrue(pool.Write(handle, 61, data, 0, 3));
            Assert.IsTrue(pool.Read(handle, 61, back, 0, 3));
            Assert.AreEqual((byte)3, back[2]);
            Assert.IsFalse(pool.Write(handle, 62, data, 0, 3), "past the 64-byte block");

            pool.Release(handle);
            Assert.AreEqual((int)PoolFault.DoubleRelease, (int)pool.Release(handle));
            Assert.AreEqual((int)PoolFault.InvalidHandle, (int)pool.Release(PoolHandle.None));
            Assert.AreEqual((int)PoolFault.InvalidHandle, (int)pool.Release((1 << 16) | (9 << 12)), "no class 9");
            Assert.AreEqual(4, pool.Faults);
        }

        [TestMethod]
        public void PerClassStatisticsAreInTheRegistryAndTheMap()
        {
            MemoryPlan plan = new MemoryPlan("board", 100000);
            SizeClassPool pool = Create(true);
            plan.Add(pool);
            pool.Acquire(60);
            pool.Acquire(60);
            pool.Acquire(60);

            IPoolDiagnostics medium = plan.Registry.Find("msgs/64");
            Assert.IsNotNull(medium);
            Assert.AreEqual(2, medium.HighWater);
            Assert.AreEqual(1, medium.Failures);
            string map = plan.RenderMap();
            Assert.Contains("  msgs/64             block pool           2 x 64          128        8      136       2      2       1  fallbacks 1", map);
            Assert.Contains("requested 180 B of 384 B granted", map);
            Assert.Contains("size classes         7 x mixed", map);
        }

        [TestMethod]
        public void AClassTableThatIsNotStrictlyGrowingIsABootError()
        {
            string message = ErrorMessage.Of(() => new SizeClassPool("msgs", new int[] { 64, 32 }, new int[] { 1, 1 }, false, BlockPoolOptions.None));
            Assert.Contains("msgs", message);
            Assert.Contains("grow strictly", message);
            Assert.ThrowsException(typeof(ArgumentException),
                () => new SizeClassPool("msgs", new int[] { 16 }, new int[] { 1, 2 }, false, BlockPoolOptions.None));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException),
                () => new SizeClassPool("msgs", new int[] { 16 }, new int[] { 4097 }, false, BlockPoolOptions.None));
        }

        [TestMethod]
        public void ANegativeLengthIsRefusedAsAFaultNotAShortage()
        {
            SizeClassPool pool = Create(true);
            Assert.AreEqual(PoolHandle.None, pool.Acquire(-1));
            Assert.AreEqual(1, pool.Faults);
            Assert.AreEqual(0, pool.Failures);
            Assert.AreEqual(0, pool.Oversized);
        }
    }
}
