using Keel.Pools;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    [TestClass]
    public class BlockPoolHardeningTests
    {
        [TestMethod]
        public void ZeroOnReleaseLeavesEveryByteOfTheBlockZero()
        {
            BlockPool pool = new BlockPool("secrets", 32, 1, BlockPoolOptions.ZeroOnRelease);
            Assert.IsTrue(pool.AcquiredBlocksAreZeroed);
            int handle = pool.Acquire();
            int start = pool.OffsetOf(handle);
            for (int i = 0; i < 32; i++)
            {
                pool.Arena[start + i] = (byte)(0x80 | i);
            }

            pool.Release(handle);
            for (int i = 0; i < 32; i++)
            {
                Assert.AreEqual((byte)0, pool.Arena[start + i], "byte " + i.ToString() + " after release");
            }

            int again = pool.Acquire();
            byte[] back = new byte[32];
            pool.Read(again, 0, back, 0, 32);
            for (int i = 0; i < 32; i++)
            {
                Assert.AreEqual((byte)0, back[i], "byte " + i.ToString() + " of the reacquired block");
            }
        }

        [TestMethod]
        public void WithoutZeroOnReleaseOldBytesStayAndNoZeroingIsPromised()
        {
            BlockPool pool = new BlockPool("frames", 8, 1);
            Assert.IsFalse(pool.AcquiredBlocksAreZeroed);
            int handle = pool.Acquire();
            byte[] data = new byte[] { 7 };
            pool.Write(handle, 0, data, 0, 1);
            pool.Release(handle);
            Assert.AreEqual((byte)7, pool.Arena[0]);
        }

        [TestMethod]
        public void WritingPastABlockIsCaughtOnReleaseAndTheBlockIsQuarantined()
        {
            BlockPool pool = new BlockPool("frames", 16, 3, BlockPoolOptions.GuardBytes);
            pool.Acquire();
            int damaged = pool.Acquire();
            int start = pool.OffsetOf(damaged);
            pool.Arena[start + 16] = 0x00;

            Assert.AreEqual((int)PoolFault.GuardOverwritten, (int)pool.Release(damaged));
            Assert.AreEqual(1, pool.Slots.GuardOverwrites);
            Assert.AreEqual(1, pool.Slots.LastFaultSlot, "the fault names the block");
            Assert.AreEqual(1, pool.Slots.Quarantined);
            Assert.AreEqual(1, pool.InUse, "the quarantined block is neither in use nor free");
            Assert.AreEqual(1, pool.Free);
            Assert.AreEqual(-1, pool.OffsetOf(damaged), "its handle is stale now");
            Assert.IsTrue(Integrity.IsOk(pool), "quarantine is a consistent state");
        }

        [TestMethod]
        public void AQuarantinedBlockIsNeverHandedOutAgain()
        {
            BlockPool pool = new BlockPool("frames", 8, 4, BlockPoolOptions.GuardBytes);
            int damaged = pool.Acquire();
            int damagedStart = pool.OffsetOf(damaged);
            pool.Arena[damagedStart + 9] = 0x42;
            pool.Release(damaged);

            for (int round = 0; round < 10; round++)
            {
                int a = pool.Acquire();
                int b = pool.Acquire();
                int c = pool.Acquire();
                Assert.AreEqual(PoolHandle.None, pool.Acquire(), "only three blocks remain");
                Assert.AreNotEqual(damagedStart, pool.OffsetOf(a));
                Assert.AreNotEqual(damagedStart, pool.OffsetOf(b));
                Assert.AreNotEqual(damagedStart, pool.OffsetOf(c));
                pool.Release(c);
                pool.Release(a);
                pool.Release(b);
            }
        }

        [TestMethod]
        public void TheIntegrityWalkFindsAnOverwriteInABlockStillInUse()
        {
            BlockPool pool = new BlockPool("frames", 8, 2, BlockPoolOptions.GuardBytes);
            pool.Acquire();
            int second = pool.Acquire();
            pool.Arena[pool.OffsetOf(second) + 8] = 0;

            int position;
            Assert.AreEqual((int)IntegrityProblem.GuardOverwritten, (int)pool.CheckIntegrity(out position));
            Assert.AreEqual(1, position);
        }

        [TestMethod]
        public void AFreeBlockWithADamagedGuardIsQuarantinedOnAcquire()
        {
            BlockPool pool = new BlockPool("frames", 8, 2, BlockPoolOptions.GuardBytes);
            int first = pool.Acquire();
            int firstStart = pool.OffsetOf(first);
            pool.Release(first);

            // A stale pointer into the arena scribbles past the free block.
            pool.Arena[firstStart + 10] = 0;
            int handle = pool.Acquire();

            Assert.AreNotEqual(PoolHandle.None, handle);
            Assert.AreNotEqual(firstStart, pool.OffsetOf(handle));
            Assert.AreEqual(1, pool.Slots.Quarantined);
            Assert.AreEqual(PoolHandle.None, pool.Acquire());
        }

        [TestMethod]
        public void FifoReuseHandsOutTheLongestFreedBlockFirst()
        {
            BlockPool fifo = new BlockPool("fifo", 8, 3, BlockPoolOptions.FifoReuse);
            int a = fifo.Acquire();
            int aStart = fifo.OffsetOf(a);
            fifo.Release(a);
            int next = fifo.Acquire();
            Assert.AreNotEqual(aStart, fifo.OffsetOf(next), "the block just freed waits behind the others");

            BlockPool lifo = new BlockPool("lifo", 8, 3);
            int b = lifo.Acquire();
            int bStart = lifo.OffsetOf(b);
            lifo.Release(b);
            Assert.AreEqual(bStart, lifo.OffsetOf(lifo.Acquire()), "by default the warmest block comes back first");
        }

        [TestMethod]
        public void FifoReuseCyclesThroughEveryBlockBeforeReusingOne()
        {
            SlotPool pool = new SlotPool("fifo", 4, 8, true);
            int[] order = new int[8];
            for (int i = 0; i < 8; i++)
            {
                int handle = pool.Acquire();
                order[i] = pool.IndexOf(handle);
                pool.Release(handle);
            }

            for (int i = 0; i < 4; i++)
            {
                Assert.AreEqual(i, order[i]);
                Assert.AreEqual(order[i], order[i + 4]);
            }

            Assert.IsTrue(Integrity.IsOk(pool));
        }

        [TestMethod]
        public void EachOptionsCostShowsInTheMemoryMap()
        {
            MemoryPlan plan = new MemoryPlan("hardened", 10000);
            BlockPool guarded = new BlockPool("keys", 32, 4, BlockPoolOptions.ZeroOnRelease | BlockPoolOptions.GuardBytes | BlockPoolOptions.FifoReuse);
            plan.Add(guarded);

            Assert.AreEqual(4 * (4 + BlockPool.GuardSize), guarded.MetadataBytes, "slot metadata plus guard bytes");
            Assert.AreEqual(128, guarded.StorageBytes);
            Assert.AreEqual(4 * (32 + BlockPool.GuardSize), guarded.Arena.Length, "each block is followed by its guard");
            string map = plan.RenderMap();
            Assert.Contains("keys                  block pool           4 x 32          128       32      160", map);
            Assert.Contains("zero-on-release, guard 4 B, fifo reuse", map);
        }

        [TestMethod]
        public void AQuarantinedSecretIsStillZeroed()
        {
            BlockPool pool = new BlockPool("keys", 8, 2, BlockPoolOptions.ZeroOnRelease | BlockPoolOptions.GuardBytes);
            int handle = pool.Acquire();
            int start = pool.OffsetOf(handle);
            for (int i = 0; i < 9; i++)
            {
                pool.Arena[start + i] = 0x5C;
            }

            Assert.AreEqual((int)PoolFault.GuardOverwritten, (int)pool.Release(handle));
            for (int i = 0; i < 8; i++)
            {
                Assert.AreEqual((byte)0, pool.Arena[start + i], "byte " + i.ToString() + " of the quarantined key");
            }
        }

        [TestMethod]
        public void ADamagedFreeBlockNeverCountsTowardsTheHighWaterMark()
        {
            BlockPool pool = new BlockPool("frames", 8, 3, BlockPoolOptions.GuardBytes);
            int first = pool.Acquire();
            int start = pool.OffsetOf(first);
            pool.Release(first);
            pool.ResetStatistics();
            pool.Arena[start + 8] = 0;

            pool.Acquire();
            Assert.AreEqual(1, pool.HighWater);
            Assert.AreEqual(1, pool.Slots.GuardOverwrites);
            Assert.AreEqual(0, pool.Slots.LastFaultSlot, "the fault names the damaged block");
        }

        [TestMethod]
        public void ABlockThatOverflowsWithItsGuardIsABootErrorNotAnOverflow()
        {
            // blockSize + the 4 guard bytes passes int.MaxValue before the size check can see it.
            string message = ErrorMessage.Of(() => new BlockPool("x", int.MaxValue - 1, 1, BlockPoolOptions.GuardBytes));
            Assert.Contains("Block pool 'x' asks for 1 blocks of 2147483646 bytes, more than one array can hold.", message);
        }
    }
}
