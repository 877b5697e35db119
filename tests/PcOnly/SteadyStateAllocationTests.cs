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
        public void StatisticsRegistryLookupsAndIntegrityWalk()
        {
            MemoryPlan plan = new MemoryPlan("probe", 100000);
            plan.Add(new SlotPool("timers", 16, 24));
            plan.Add(new BlockPool("frames", 64, 8));
            plan.Add(new ByteRing("console-out", 256, OverflowPolicy.OverwriteOldest));
            plan.Add(new RecordRing("edges", 16, 12, OverflowPolicy.RejectNewest));
            PoolRegistry registry = plan.Registry;
            long sum = 0;
            long bytes = AllocationProbe.BytesAllocatedBy(i =>
            {
                for (int n = 0; n < registry.Count; n++)
                {
                    IPoolDiagnostics pool = registry.Get(n);
                    sum += pool.Capacity + pool.InUse + pool.HighWater + pool.Failures + pool.Faults
                        + pool.StorageBytes + pool.MetadataBytes + pool.ItemBytes + pool.Name.Length + pool.Kind.Length;
                    sum += pool.CheckIntegrity().Description.Length;
                }

                sum += registry.Find("edges").Capacity;
                IntegrityResult problem;
                sum += registry.CheckIntegrity(out problem);
                sum += plan.TotalBytes + plan.HeadroomBytes;
                registry.ResetStatistics();
            });
            Assert.AreEqual(0L, bytes);
            Assert.IsTrue(sum != 0);
        }
    }
}
