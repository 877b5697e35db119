using System;
using Keel.Pools;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    [TestClass]
    public class MemoryPlanTests
    {
        [TestMethod]
        public void SumsStorageAndMetadataApart()
        {
            MemoryPlan plan = SmallBoard.CreatePlan(10000);
            Assert.AreEqual(SmallBoard.Timers * SmallBoard.TimerBytes + SmallBoard.FrameSize * SmallBoard.Frames
                + SmallBoard.ConsoleBytes + SmallBoard.Edges * SmallBoard.EdgeBytes, plan.StorageBytes);
            Assert.AreEqual((SmallBoard.Timers + SmallBoard.Frames) * 4, plan.MetadataBytes);
            Assert.AreEqual(plan.StorageBytes + plan.MetadataBytes, plan.TotalBytes);
            Assert.AreEqual(10000 - plan.TotalBytes, plan.HeadroomBytes);
            Assert.IsTrue(plan.FitsBudget);
            plan.CheckBudget();
        }

        [TestMethod]
        public void MapShowsEveryPoolWithCountSizeAndBytes()
        {
            MemoryPlan plan = SmallBoard.CreatePlan(10000);
            string map = plan.RenderMap();

            Assert.Contains("Memory map of board 'small'", map);
            Assert.Contains("frames                block pool           4 x 64          256       16      272       0      0       0\n", map);
            Assert.Contains("timers                slot pool            8 x 24          192       32      224       0      0       0\n", map);
            Assert.Contains("console-out           byte ring          256 x 1           256        0      256       0      0       0  overwrite oldest\n", map);
            Assert.Contains("edges                 record ring         16 x 12          192        0      192       0      0       0  reject newest\n", map);
            Assert.Contains(plan.TotalBytes.ToString(), map);
            Assert.Contains("headroom", map);
        }

        [TestMethod]
        public void OverBudgetBootErrorNamesTheShortfallAndTheLargestConsumers()
        {
            MemoryPlan plan = SmallBoard.CreatePlan(500);
            Assert.IsFalse(plan.FitsBudget);
            Assert.ThrowsException(typeof(MemoryBudgetException), () => plan.CheckBudget());

            string message = ErrorMessage.Of(() => plan.CheckBudget());
            Assert.Contains("'small'", message);
            Assert.Contains((plan.TotalBytes - 500).ToString() + " bytes short", message);
            Assert.Contains("Largest consumers: frames 272 B", message);
            Assert.Contains("console-out 256 B", message);
            Assert.Contains("timers 224 B", message);
            Assert.Contains("board config", message);
            Assert.Contains("OVER BUDGET", plan.RenderMap());
        }

        [TestMethod]
        public void RegistryFindsEveryPoolByName()
        {
            MemoryPlan plan = SmallBoard.CreatePlan(10000);
            PoolRegistry registry = plan.Registry;
            Assert.AreEqual(4, registry.Count);
            Assert.AreEqual("block pool", registry.Find("frames").Kind);
            Assert.AreEqual("edges", registry.Get(3).Name);
            Assert.IsNull(registry.Find("nope"));
        }

        [TestMethod]
        public void RegistryResetsAndChecksEveryPool()
        {
            MemoryPlan plan = SmallBoard.CreatePlan(10000);
            SlotPool timers = (SlotPool)plan.Registry.Find("timers");
            int handle = timers.Acquire();
            timers.Release(handle);
            timers.Release(handle);
            Assert.AreEqual(1, timers.Faults);

            IntegrityProblem problem;
            int position;
            Assert.AreEqual(-1, plan.Registry.CheckIntegrity(out problem, out position));
            Assert.AreEqual((int)IntegrityProblem.None, (int)problem);
            plan.Registry.ResetStatistics();
            Assert.AreEqual(0, timers.Faults);
        }

        [TestMethod]
        public void TwoPoolsWithOneNameAreABootError()
        {
            MemoryPlan plan = new MemoryPlan("small", 1000);
            plan.Add(new SlotPool("timers", 4, 4));
            string message = ErrorMessage.Of(() => plan.Add(new BlockPool("timers", 8, 2)));
            Assert.Contains("Two pools are named 'timers'", message);
            Assert.AreEqual(1, plan.Registry.Count);
        }

        [TestMethod]
        public void APartNamedLikeAnotherPoolIsABootError()
        {
            MemoryPlan plan = new MemoryPlan("small", 100000);
            plan.Add(new BlockPool("msgs/64", 8, 2));
            string message = ErrorMessage.Of(() => plan.Add(new SizeClassPool("msgs", new int[] { 16, 64 }, new int[] { 1, 1 }, false, BlockPoolOptions.None)));
            Assert.Contains("Two pools are named 'msgs/64'", message);
        }
    }
}
