using Keel.Pools;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>Every steady-state operation of the pools allocates exactly 0 bytes, over a million iterations.</summary>
    [TestClass]
    public class SteadyStateAllocationTests
    {
        [TestMethod]
        public void SlotPoolAcquireIndexOfAndRelease()
        {
            SlotPool pool = new SlotPool("p", 64, 8);
            int[] held = new int[3];
            long bytes = AllocationProbe.BytesAllocatedBy(i =>
            {
                held[0] = pool.Acquire();
                held[1] = pool.Acquire();
                held[2] = pool.IndexOf(held[1]);
                pool.Release(held[1]);
                pool.Release(held[0]);
            });
            Assert.AreEqual(0L, bytes);
            Assert.AreEqual(0, pool.InUse);
        }

        [TestMethod]
        public void SlotPoolFailureAndFaultPaths()
        {
            SlotPool pool = new SlotPool("p", 1, 8);
            int kept = pool.Acquire();
            int stale = kept;
            long bytes = AllocationProbe.BytesAllocatedBy(i =>
            {
                pool.Acquire();
                pool.Release(PoolHandle.None);
                pool.IndexOf(stale + 2);
                pool.IsCurrent(kept);
            });
            Assert.AreEqual(0L, bytes);
            Assert.IsTrue(pool.Failures > 0 && pool.Faults > 0);
        }

        [TestMethod]
        public void BlockPoolAcquireCopyInCopyOutAndRelease()
        {
            BlockPool pool = new BlockPool("b", 64, 16);
            byte[] data = new byte[64];
            byte[] back = new byte[64];
            long bytes = AllocationProbe.BytesAllocatedBy(i =>
            {
                int handle = pool.Acquire();
                data[0] = (byte)i;
                pool.Write(handle, 0, data, 0, 64);
                pool.Read(handle, 0, back, 0, 64);
                pool.OffsetOf(handle);
                pool.Write(handle, 60, data, 0, 8);
                pool.Release(handle);
            });
            Assert.AreEqual(0L, bytes);
            Assert.AreEqual(back[0], data[0]);
        }

        [TestMethod]
        [DataRow(OverflowPolicy.RejectNewest)]
        [DataRow(OverflowPolicy.OverwriteOldest)]
        public void ByteRingSingleAndBatchWriteAndRead(OverflowPolicy policy)
        {
            ByteRing ring = new ByteRing("r", 64, policy);
            byte[] data = new byte[40];
            byte[] back = new byte[40];
            long bytes = AllocationProbe.BytesAllocatedBy(i =>
            {
                ring.Write((byte)i);
                ring.Write(data, 0, 40);
                ring.Write(data, 0, 40);
                byte value;
                ring.TryRead(out value);
                ring.Read(back, 0, 40);
                ring.Read(back, 0, 40);
            });
            Assert.AreEqual(0L, bytes);
            Assert.IsTrue(ring.Failures > 0, "the loop overfills the ring, so the overflow path ran too");
        }

        [TestMethod]
        [DataRow(OverflowPolicy.RejectNewest)]
        [DataRow(OverflowPolicy.OverwriteOldest)]
        public void RecordRingWriteAndRead(OverflowPolicy policy)
        {
            RecordRing ring = new RecordRing("e", 8, 12, policy);
            int[] pins = new int[8];
            long[] times = new long[8];
            long bytes = AllocationProbe.BytesAllocatedBy(i =>
            {
                for (int n = 0; n < 3; n++)
                {
                    int slot = ring.BeginWrite();
                    if (slot >= 0)
                    {
                        pins[slot] = i;
                        times[slot] = i;
                        ring.CommitWrite();
                    }
                }

                int read = ring.BeginRead();
                if (read >= 0)
                {
                    long unused = times[read] + pins[read];
                    ring.EndRead();
                }
            });
            Assert.AreEqual(0L, bytes);
            Assert.IsTrue(ring.Failures > 0);
        }

        [TestMethod]
        public void HardenedBlockPoolZeroingGuardsAndFifoReuse()
        {
            BlockPool pool = new BlockPool("b", 64, 16, BlockPoolOptions.ZeroOnRelease | BlockPoolOptions.GuardBytes | BlockPoolOptions.FifoReuse);
            byte[] data = new byte[64];
            long bytes = AllocationProbe.BytesAllocatedBy(i =>
            {
                int handle = pool.Acquire();
                pool.Write(handle, 0, data, 0, 64);
                pool.Release(handle);
                pool.CheckIntegrity(out _);
            });
            Assert.AreEqual(0L, bytes);
            Assert.AreEqual(0, pool.Faults);
        }

        [TestMethod]
        public void GuardOverwriteAndQuarantinePath()
        {
            // Every step damages and quarantines one block for good, so the pool sets the count.
            const int WarmUp = 1000;
            const int Measured = 60000;
            BlockPool pool = new BlockPool("b", 8, WarmUp + Measured, BlockPoolOptions.GuardBytes | BlockPoolOptions.ZeroOnRelease);
            int damaged = 0;
            long bytes = AllocationProbe.BytesAllocatedBy(i =>
            {
                int handle = pool.Acquire();
                pool.Arena[pool.OffsetOf(handle) + 8] = 0;
                if (pool.Release(handle) == PoolFault.GuardOverwritten)
                {
                    damaged++;
                }
            }, WarmUp, Measured);
            Assert.AreEqual(0L, bytes);
            Assert.AreEqual(WarmUp + Measured, damaged);
            Assert.AreEqual(WarmUp + Measured, pool.Slots.Quarantined);
        }

        [TestMethod]
        public void SizeClassPoolAcquireCopyAndRelease()
        {
            SizeClassPool pool = new SizeClassPool("s", new[] { 16, 64, 256 }, new[] { 8, 4, 2 }, true, BlockPoolOptions.None);
            byte[] data = new byte[64];
            int[] held = new int[12];
            long bytes = AllocationProbe.BytesAllocatedBy(i =>
            {
                for (int n = 0; n < held.Length; n++)
                {
                    // Eleven small requests overflow the eight 16-byte blocks; the last is too long for any class.
                    held[n] = pool.Acquire(n < 11 ? (i + n) % 17 : 300);
                    pool.Write(held[n], 0, data, 0, 16);
                }

                for (int n = 0; n < held.Length; n++)
                {
                    pool.Release(held[n]);
                }

                int waste = pool.WasteBytes + pool.PartBorrowed(0) + pool.Part(1).InUse;
            });
            Assert.AreEqual(0L, bytes);
            Assert.IsTrue(pool.PartBorrowed(0) > 0 && pool.Failures > 0, "fallbacks and failures were exercised");
        }

        [TestMethod]
        public void GrantPoolAcquireReleaseAndReleaseAll()
        {
            GrantPool pool = new GrantPool("g", 32, 16, 3, true, BlockPoolOptions.None);
            int a = pool.AddOwner("a", 4);
            int b = pool.AddOwner("b", 8);
            long bytes = AllocationProbe.BytesAllocatedBy(i =>
            {
                for (int n = 0; n < 6; n++)
                {
                    pool.Acquire(a);
                }

                int handle = pool.Acquire(b);
                pool.Release(handle);
                pool.ReleaseAll(a);
                int rows = pool.Part(0).InUse + pool.PartBorrowed(1) + pool.OverflowInUse;
            });
            Assert.AreEqual(0L, bytes);
            Assert.IsTrue(pool.Owner(a).HighWater == 6 && pool.OverflowHighWater == 2);
        }

        [TestMethod]
        public void StatisticsRegistryLookupsAndIntegrityWalk()
        {
            MemoryPlan plan = new MemoryPlan("probe", 100000);
            plan.Add(new SlotPool("timers", 16, 24));
            plan.Add(new BlockPool("frames", 64, 8));
            plan.Add(new ByteRing("console-out", 256, OverflowPolicy.OverwriteOldest));
            plan.Add(new RecordRing("edges", 16, 12, OverflowPolicy.RejectNewest));
            plan.Add(new SizeClassPool("msgs", new[] { 16, 64 }, new[] { 4, 2 }, true, BlockPoolOptions.GuardBytes));
            GrantPool grants = new GrantPool("buffers", 32, 8, 2, true, BlockPoolOptions.None);
            grants.AddOwner("console", 4);
            plan.Add(grants);
            PoolRegistry registry = plan.Registry;
            long sum = 0;
            long bytes = AllocationProbe.BytesAllocatedBy(i =>
            {
                for (int n = 0; n < registry.Count; n++)
                {
                    IPoolDiagnostics pool = registry.Get(n);
                    sum += pool.Capacity + pool.InUse + pool.HighWater + pool.Failures + pool.Faults
                        + pool.StorageBytes + pool.MetadataBytes + pool.ItemBytes + pool.Name.Length + pool.Kind.Length;
                    int position;
                    sum += IntegrityText.Describe(pool.CheckIntegrity(out position)).Length + position;
                }

                sum += registry.Find("edges").Capacity + registry.Find("msgs/64").HighWater + registry.Find("buffers/console").Failures;
                IntegrityProblem problem;
                int where;
                sum += registry.CheckIntegrity(out problem, out where);
                sum += plan.TotalBytes + plan.HeadroomBytes;
                registry.ResetStatistics();
            });
            Assert.AreEqual(0L, bytes);
            Assert.IsTrue(sum != 0);
        }
    }
}
