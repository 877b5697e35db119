using System;
using Keel.Pools;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    [TestClass]
    public class GrantPoolTests
    {
        [TestMethod]
        public void AnOwnerHoldsAtMostItsBudget()
        {
            GrantPool pool = new GrantPool("buffers", 32, 6, 2, false, BlockPoolOptions.None);
            int console = pool.AddOwner("console", 2);
            for (int i = 0; i < 2; i++)
            {
                Assert.AreNotEqual(PoolHandle.None, pool.Acquire(console));
            }

            Assert.AreEqual(PoolHandle.None, pool.Acquire(console), "the pool has room, the grant does not");
            Assert.AreEqual(1, pool.Owner(console).Failures);
            Assert.AreEqual(2, pool.Owner(console).HighWater);
        }

        [TestMethod]
        public void OneOwnerExhaustingItsGrantCannotStarveAnother()
        {
            GrantPool pool = new GrantPool("buffers", 32, 8, 3, true, BlockPoolOptions.None);
            int greedy = pool.AddOwner("greedy", 3);
            int quiet = pool.AddOwner("quiet", 3);
            for (int i = 0; i < 20; i++)
            {
                pool.Acquire(greedy);
            }

            Assert.AreEqual(5, pool.Owner(greedy).InUse, "its budget of 3 plus the 2 unreserved blocks");
            Assert.AreEqual(2, pool.OverflowInUse);
            for (int i = 0; i < 3; i++)
            {
                Assert.AreNotEqual(PoolHandle.None, pool.Acquire(quiet), "the quiet owner's guarantee holds");
            }

            Assert.AreEqual(0, pool.Owner(quiet).Failures);
            Assert.AreEqual(15, pool.Owner(greedy).Failures);
        }

        [TestMethod]
        public void OverflowIsCountedApartAndReturnsWhenTheBorrowerReleases()
        {
            GrantPool pool = new GrantPool("buffers", 16, 4, 1, true, BlockPoolOptions.None);
            int owner = pool.AddOwner("log", 2);
            pool.Acquire(owner);
            pool.Acquire(owner);
            int borrowed = pool.Acquire(owner);

            Assert.AreEqual(2, pool.OverflowCapacity);
            Assert.AreEqual(1, pool.OverflowInUse);
            Assert.AreEqual(1, pool.PartBorrowed(owner));
            pool.Release(borrowed);
            Assert.AreEqual(0, pool.OverflowInUse);
            Assert.AreEqual(1, pool.OverflowHighWater);
        }

        [TestMethod]
        public void ReleasingAnOwnerFreesAllItHoldsAndItsHandlesGoStale()
        {
            GrantPool pool = new GrantPool("buffers", 16, 6, 2, false, BlockPoolOptions.None);
            int app = pool.AddOwner("app", 3);
            int other = pool.AddOwner("other", 3);
            int a = pool.Acquire(app);
            int b = pool.Acquire(app);
            int kept = pool.Acquire(other);

            Assert.AreEqual(2, pool.ReleaseAll(app));
            Assert.AreEqual(0, pool.Owner(app).InUse);
            Assert.AreEqual(1, pool.InUse);
            Assert.AreEqual((int)PoolFault.DoubleRelease, (int)pool.Release(a), "a handle of the released owner is refused");
            Assert.AreEqual(-1, pool.OffsetOf(b));
            Assert.IsTrue(pool.Slots.IsCurrent(kept), "the other owner's block is untouched");
            Assert.IsTrue(Integrity.IsOk(pool));
        }

        [TestMethod]
        public void BudgetsThatExceedThePoolAreABootErrorNamingTheNumbers()
        {
            GrantPool pool = new GrantPool("buffers", 16, 10, 3, false, BlockPoolOptions.None);
            pool.AddOwner("console", 6);
            string message = ErrorMessage.Of(() => pool.AddOwner("flash", 5));
            Assert.Contains("buffers", message);
            Assert.Contains("11 blocks", message);
            Assert.Contains("has 10", message);
            Assert.Contains("board config", message);
            Assert.AreEqual(6, pool.ReservedBlocks, "the refused owner reserved nothing");
        }

        [TestMethod]
        public void OwnerMistakesAreBootErrorsOrCountedFaults()
        {
            GrantPool pool = new GrantPool("buffers", 16, 10, 1, false, BlockPoolOptions.None);
            pool.AddOwner("console", 2);
            Assert.ThrowsException(typeof(InvalidOperationException), () => pool.AddOwner("flash", 1));
            Assert.AreEqual(PoolHandle.None, pool.Acquire(7));
            Assert.AreEqual(1, pool.Faults);
        }

        [TestMethod]
        public void PerOwnerRowsAreInTheRegistryAndTheMap()
        {
            MemoryPlan plan = new MemoryPlan("board", 100000);
            GrantPool pool = new GrantPool("buffers", 64, 8, 2, true, BlockPoolOptions.None);
            int console = pool.AddOwner("console", 2);
            pool.AddOwner("flash", 4);
            plan.Add(pool);
            pool.Acquire(console);

            Assert.AreEqual(1, plan.Registry.Find("buffers/console").InUse);
            string map = plan.RenderMap();
            Assert.Contains("  buffers/console     grant                2 x 64          128        0      128       1      1       0  overflow 0", map);
            Assert.Contains("buffers               grant pool           8 x 64          512       40      552", map);
        }

        [TestMethod]
        public void AQuarantinedBlockComesOutOfTheOverflowNotOutOfAGuarantee()
        {
            GrantPool pool = new GrantPool("buffers", 8, 4, 2, true, BlockPoolOptions.GuardBytes);
            int a = pool.AddOwner("a", 2);
            int b = pool.AddOwner("b", 1);
            int damaged = pool.Acquire(a);
            pool.Arena[pool.OffsetOf(damaged) + 8] = 0;
            Assert.AreEqual((int)PoolFault.GuardOverwritten, (int)pool.Release(damaged));
            Assert.AreEqual(0, pool.OverflowCapacity, "the one unreserved block is gone");

            pool.Acquire(a);
            pool.Acquire(a);
            Assert.AreEqual(PoolHandle.None, pool.Acquire(a), "a is at its budget and there is no overflow left");
            Assert.AreNotEqual(PoolHandle.None, pool.Acquire(b), "b's guarantee holds");
        }

        [TestMethod]
        public void OwnersAreDeclaredBeforeAnyBlockIsTaken()
        {
            GrantPool pool = new GrantPool("buffers", 8, 4, 2, false, BlockPoolOptions.None);
            int a = pool.AddOwner("a", 2);
            pool.Acquire(a);
            string message = ErrorMessage.Of(() => pool.AddOwner("late", 1));
            Assert.Contains("before any block is acquired", message);
        }

        [TestMethod]
        public void AGuaranteeHoldsWhenTheLastFreeBlockIsDamagedWhileTheOverflowIsLent()
        {
            GrantPool pool = new GrantPool("buffers", 8, 4, 2, true, BlockPoolOptions.GuardBytes);
            int a = pool.AddOwner("a", 1);
            int b = pool.AddOwner("b", 1);
            pool.Acquire(a);
            pool.Acquire(a);
            pool.Acquire(a);
            Assert.AreEqual(2, pool.OverflowInUse, "a borrowed both unreserved blocks");

            // Blocks go out from 0, so block 3 (stride 8 + 4 guard bytes) is the one left: b's.
            pool.Arena[3 * 12 + 8] = 0;
            int handle = pool.Acquire(b);

            Assert.AreNotEqual(PoolHandle.None, handle, "b holds 0 of its 1: its block is guaranteed");
            Assert.AreEqual(1, pool.Slots.GuardOverwrites, "the damage is counted");
            Assert.AreEqual(3, pool.Slots.LastFaultSlot, "and names the block");
            Assert.AreEqual(1, pool.QuarantineReclaims, "the damaged block went to the guarantee, scrubbed");
            Assert.AreEqual(1, pool.Slots.Failures, "the block pool was asked once before the reclaim: one refusal, not two");
            Assert.AreEqual(0, pool.Failures);
            Assert.AreEqual((int)PoolFault.None, (int)pool.Release(handle), "its guard was rewritten");
            Assert.IsTrue(Integrity.IsOk(pool));
        }

        [TestMethod]
        public void AnOwnerAddedAfterRegistrationIsCheckedAgainstEveryName()
        {
            MemoryPlan plan = new MemoryPlan("board", 100000);
            plan.Add(new SlotPool("buffers/console", 2, 4));
            GrantPool pool = new GrantPool("buffers", 8, 4, 2, false, BlockPoolOptions.None);
            plan.Add(pool);

            string message = ErrorMessage.Of(() => pool.AddOwner("console", 1));

            Assert.Contains("Two pools are named 'buffers/console'", message);
            Assert.AreEqual(0, pool.PartCount, "the refused owner was not added");
            Assert.AreEqual(0, pool.ReservedBlocks);
        }
    }
}
