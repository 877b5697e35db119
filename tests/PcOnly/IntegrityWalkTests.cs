using System.Reflection;
using Keel.Pools;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>Corrupts a pool's private metadata (as a wild write would) and checks that the integrity walk names the damage.</summary>
    [TestClass]
    public class IntegrityWalkTests
    {
        // A free slot's entry keeps a generation in its high 16 bits and the next free slot in its low 16;
        // a new pool of 4 lists 0, 1, 2, 3.
        [TestMethod]
        public void FreeListRunningInACircleIsFound()
        {
            SlotPool pool = new SlotPool("p", 4, 4);
            Link(pool, 2, 1);

            // The list now runs 0, 1, 2, 1: its fourth entry is a slot already listed.
            Assert.AreEqual(IntegrityProblem.FreeEntryInUseOrRepeated, pool.CheckIntegrity(out int position));
            Assert.AreEqual(3, position);
        }

        [TestMethod]
        public void FreeListEntryOutsideThePoolIsFound()
        {
            SlotPool pool = new SlotPool("p", 4, 4);
            Link(pool, 2, 40);

            Assert.AreEqual(IntegrityProblem.FreeEntryOutOfRange, pool.CheckIntegrity(out int position));
            Assert.AreEqual(3, position);
        }

        [TestMethod]
        public void FreeListEntryInUseIsFound()
        {
            SlotPool pool = new SlotPool("p", 4, 4);
            int handle = pool.Acquire();
            Link(pool, 2, handle & 0xFFFF);

            // The list runs 1, 2, 0, and slot 0 is in use.
            Assert.AreEqual(IntegrityProblem.FreeEntryInUseOrRepeated, pool.CheckIntegrity(out int position));
            Assert.AreEqual(2, position);
        }

        [TestMethod]
        public void LeakedSlotIsFoundAndTheWalkWritesNothing()
        {
            SlotPool pool = new SlotPool("p", 4, 4);
            pool.Acquire();
            int[] entries = Field<int[]>(pool, "_entries");

            // End the list at slot 2: slot 3 is free but no longer reachable.
            Link(pool, 2, 0xFFFF);
            int[] before = (int[])entries.Clone();

            IntegrityProblem problem = pool.CheckIntegrity(out int position);
            Assert.AreEqual(IntegrityProblem.FreeSlotNotListed, problem);
            Assert.AreEqual(3, position);
            Assert.AreEqual("free slot missing from the free list (leaked)", IntegrityText.Describe(problem));
            CollectionAssert.AreEqual(before, entries, "the walk only reads");
        }

        [TestMethod]
        public void AFifoPoolWhoseCountDisagreesWithItsListIsFound()
        {
            SlotPool pool = new SlotPool("p", 4, 4, true);
            FieldInfo freeCount = typeof(SlotPool).GetField("_freeCount", BindingFlags.NonPublic | BindingFlags.Instance);
            freeCount.SetValue(pool, 3);

            Assert.AreEqual(IntegrityProblem.FreeCountOutOfRange, pool.CheckIntegrity(out _));
        }

        [TestMethod]
        public void RingCountOutOfRangeIsFoundAndTheRegistryNamesTheRing()
        {
            MemoryPlan plan = new MemoryPlan("p", 10000);
            plan.Add(new SlotPool("timers", 4, 4));
            ByteRing ring = new ByteRing("rx", 8, OverflowPolicy.RejectNewest);
            plan.Add(ring);
            typeof(Ring).GetField("_tail", BindingFlags.NonPublic | BindingFlags.Instance).SetValue(ring, 9);

            Assert.AreEqual(1, plan.Registry.CheckIntegrity(out IntegrityProblem problem, out _));
            Assert.AreEqual(IntegrityProblem.RingCountOutOfRange, problem);
        }

        private static void Link(SlotPool pool, int slot, int next)
        {
            int[] entries = Field<int[]>(pool, "_entries");
            entries[slot] = (entries[slot] & unchecked((int)0xFFFF0000)) | next;
        }

        private static T Field<T>(object owner, string name)
        {
            return (T)owner.GetType().GetField(name, BindingFlags.NonPublic | BindingFlags.Instance).GetValue(owner);
        }
    }
}
