using System.Reflection;
using Keel.Pools;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>Corrupts a pool's private metadata (as a wild write would) and checks that the integrity walk names the damage.</summary>
    [TestClass]
    public class IntegrityWalkTests
    {
        [TestMethod]
        public void FreeListEntryRepeatedIsFound()
        {
            SlotPool pool = new SlotPool("p", 4, 4);
            ushort[] freeStack = Field<ushort[]>(pool, "_freeList");
            freeStack[1] = freeStack[0];

            Assert.AreEqual(IntegrityProblem.FreeEntryInUseOrRepeated, pool.CheckIntegrity(out int position));
            Assert.AreEqual(1, position);
        }

        [TestMethod]
        public void FreeListEntryOutsideThePoolIsFound()
        {
            SlotPool pool = new SlotPool("p", 4, 4);
            Field<ushort[]>(pool, "_freeList")[2] = 40;

            Assert.AreEqual(IntegrityProblem.FreeEntryOutOfRange, pool.CheckIntegrity(out int position));
            Assert.AreEqual(2, position);
        }

        [TestMethod]
        public void LeakedSlotIsFoundAndTheWalkLeavesGenerationsAsTheyWere()
        {
            SlotPool pool = new SlotPool("p", 4, 4);
            pool.Acquire();
            ushort[] generations = Field<ushort[]>(pool, "_generations");
            ushort[] before = (ushort[])generations.Clone();

            // Lose the top free-list entry: its slot is free but no longer reachable.
            FieldInfo freeCount = typeof(SlotPool).GetField("_freeCount", BindingFlags.NonPublic | BindingFlags.Instance);
            freeCount.SetValue(pool, (int)freeCount.GetValue(pool) - 1);

            IntegrityProblem problem = pool.CheckIntegrity(out _);
            Assert.AreEqual(IntegrityProblem.FreeSlotNotListed, problem);
            Assert.AreEqual("free slot missing from the free list (leaked)", IntegrityText.Describe(problem));
            CollectionAssert.AreEqual(before, generations, "the walk restores every generation it marked");
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

        private static T Field<T>(object owner, string name)
        {
            return (T)owner.GetType().GetField(name, BindingFlags.NonPublic | BindingFlags.Instance).GetValue(owner);
        }
    }
}
