using System;
using System.Collections.Generic;
using Keel.Drivers.Flash;
using Keel.Sim.Flash;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>Wear levelling: a long random workload, with records that never change, wears every sector alike.</summary>
    [TestClass]
    public class RecordStoreWearTests
    {
        private const int Operations = 40000;

        // The stated bound: the most erased sector at most 5% (plus one erase) above the least erased.
        private const double MaxToMinEraseRatio = 1.05;

        public TestContext TestContext { get; set; }

        [TestMethod]
        public void ARandomWorkloadKeepsEraseCountsWithinTheStatedRatio()
        {
            SimulatedNorFlash part = new SimulatedNorFlash(512, 8, 4);
            RecordStore store = new RecordStore("wear", part, 32, 64);
            Assert.AreEqual(StoreResult.Ok, store.TryMount());
            Random random = new Random(20260601);
            Dictionary<int, int> lengths = new Dictionary<int, int>();
            byte[] data = new byte[64];

            // Static records: written once, so only reclaims move them (static wear levelling).
            for (int id = 100; id < 112; id++)
            {
                Assert.AreEqual(StoreResult.Ok, store.TryWrite(id, data, 0, 40));
                lengths[id] = 40;
            }

            for (int step = 0; step < Operations; step++)
            {
                int id = random.Next(16);
                if (random.Next(5) == 0)
                {
                    Assert.AreEqual(lengths.Remove(id) ? StoreResult.Ok : StoreResult.UnknownId, store.TryDelete(id), "step " + step);
                }
                else
                {
                    int length = random.Next(65);
                    Assert.AreEqual(StoreResult.Ok, store.TryWrite(id, data, 0, length), "step " + step);
                    lengths[id] = length;
                }
            }

            int least = int.MaxValue;
            int most = 0;
            for (int sector = 0; sector < part.SectorCount; sector++)
            {
                least = Math.Min(least, part.EraseCount(sector));
                most = Math.Max(most, part.EraseCount(sector));
                Assert.AreEqual(part.EraseCount(sector), store.Statistics.SectorErases(sector), "the count in sector " + sector + "'s header");
            }

            TestContext.WriteLine("erases per sector after " + Operations + " operations: " + least + " to " + most
                + " (" + store.Statistics.Reclaims + " reclaims)");
            Assert.IsTrue(least >= 100, "the workload is long enough to wear: " + least);
            Assert.IsTrue(most <= least * MaxToMinEraseRatio + 1, "erases from " + least + " to " + most);
            Assert.AreEqual(least, store.Statistics.MinSectorErases);
            Assert.AreEqual(most, store.Statistics.MaxSectorErases);

            RecordStore rebooted = new RecordStore("wear", part, 32, 64);
            Assert.AreEqual(StoreResult.Ok, rebooted.TryMount());
            Assert.AreEqual(lengths.Count, rebooted.Count);
            foreach (KeyValuePair<int, int> record in lengths)
            {
                Assert.AreEqual(record.Value, rebooted.LengthOf(record.Key), "id " + record.Key);
            }
        }
    }
}
