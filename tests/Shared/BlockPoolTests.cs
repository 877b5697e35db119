using Keel.Pools;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    [TestClass]
    public class BlockPoolTests
    {
        [TestMethod]
        public void BytesWrittenIntoABlockReadBackUnchanged()
        {
            BlockPool pool = new BlockPool("frames", 16, 4);
            int handle = pool.Acquire();
            byte[] data = new byte[] { 1, 2, 3, 4, 5 };
            byte[] back = new byte[5];

            Assert.IsTrue(pool.Write(handle, 11, data, 0, 5));
            Assert.IsTrue(pool.Read(handle, 11, back, 0, 5));
            for (int i = 0; i < 5; i++)
            {
                Assert.AreEqual(data[i], back[i]);
            }
        }

        [TestMethod]
        public void BlocksDoNotShareBytes()
        {
            BlockPool pool = new BlockPool("frames", 8, 2);
            int a = pool.Acquire();
            int b = pool.Acquire();
            byte[] ones = new byte[] { 1, 1, 1, 1, 1, 1, 1, 1 };
            byte[] twos = new byte[] { 2, 2, 2, 2, 2, 2, 2, 2 };
            pool.Write(a, 0, ones, 0, 8);
            pool.Write(b, 0, twos, 0, 8);

            byte[] back = new byte[8];
            pool.Read(a, 0, back, 0, 8);
            Assert.AreEqual((byte)1, back[7]);
            Assert.AreNotEqual(pool.OffsetOf(a), pool.OffsetOf(b));
        }

        [TestMethod]
        public void CopyPastTheBlockEndIsRefusedCountedAndLeavesTheNeighbourIntact()
        {
            BlockPool pool = new BlockPool("frames", 8, 2);
            int a = pool.Acquire();
            int b = pool.Acquire();
            byte[] twos = new byte[] { 2, 2, 2, 2, 2, 2, 2, 2 };
            pool.Write(b, 0, twos, 0, 8);

            byte[] nine = new byte[9];
            Assert.IsFalse(pool.Write(a, 0, nine, 0, 9), "longer than the block");
            Assert.IsFalse(pool.Write(a, 4, nine, 0, 5), "runs past the end from an offset");
            Assert.IsFalse(pool.Write(a, -1, nine, 0, 1), "negative offset");
            Assert.IsFalse(pool.Read(a, 0, nine, 5, 5), "past the end of the caller's array");
            Assert.IsFalse(pool.Write(a, 0, null, 0, 1), "no array");
            Assert.AreEqual(5, pool.Slots.OutOfBoundsAccesses);
            Assert.AreEqual(5, pool.Faults);

            byte[] back = new byte[8];
            pool.Read(b, 0, back, 0, 8);
            Assert.AreEqual((byte)2, back[0], "the neighbouring block is untouched");
        }

        [TestMethod]
        public void StaleHandleCannotReadOrWrite()
        {
            BlockPool pool = new BlockPool("frames", 8, 1);
            int old = pool.Acquire();
            pool.Release(old);
            pool.Acquire();

            byte[] buffer = new byte[8];
            Assert.IsFalse(pool.Write(old, 0, buffer, 0, 8));
            Assert.IsFalse(pool.Read(old, 0, buffer, 0, 8));
            Assert.AreEqual(-1, pool.OffsetOf(old));
            Assert.AreEqual(3, pool.Slots.StaleHandles);
        }

        [TestMethod]
        public void ExhaustionAndReleaseFaultsAreCounted()
        {
            BlockPool pool = new BlockPool("frames", 32, 2);
            int a = pool.Acquire();
            pool.Acquire();
            Assert.AreEqual(PoolHandle.None, pool.Acquire());
            Assert.AreEqual(1, pool.Failures);
            Assert.AreEqual((int)PoolFault.None, (int)pool.Release(a));
            Assert.AreEqual((int)PoolFault.DoubleRelease, (int)pool.Release(a));
            Assert.AreEqual(1, pool.Faults);
            Assert.AreEqual(2, pool.HighWater);
        }

        [TestMethod]
        public void ReportsArenaAndMetadataBytes()
        {
            BlockPool pool = new BlockPool("frames", 64, 10);
            Assert.AreEqual(640, pool.StorageBytes);
            Assert.AreEqual(640, pool.Arena.Length);
            Assert.AreEqual(40, pool.MetadataBytes);
            Assert.AreEqual(64, pool.ItemBytes);
            Assert.AreEqual("block pool", pool.Kind);
        }

        [TestMethod]
        public void ZeroSizedBlocksAreABootError()
        {
            string message = ErrorMessage.Of(() => new BlockPool("frames", 0, 4));
            Assert.Contains("frames", message);
            Assert.Contains("board config", message);
        }
    }
}
