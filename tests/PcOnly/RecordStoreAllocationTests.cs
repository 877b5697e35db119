using Keel.Drivers.Flash;
using Keel.Sim.Flash;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>The record store's steady state (write, read, delete, and the reclaims they bring) allocates exactly 0 bytes.</summary>
    [TestClass]
    public class RecordStoreAllocationTests
    {
        private const int Operations = 100000;
        private const int Ids = 12;

        [TestMethod]
        public void WriteReadAndDeleteAllocateNothingOver100000Operations()
        {
            SimulatedNorFlash part = new SimulatedNorFlash(512, 8, 4);
            RecordStore store = new RecordStore("settings", part, 16, 64);
            Assert.AreEqual(StoreResult.Ok, store.TryMount());
            byte[] data = new byte[64];
            byte[] back = new byte[64];
            int[] outcomes = new int[16];

            // One operation a step, in turn a write, a read and a delete of ids that come and go.
            long bytes = AllocationProbe.BytesAllocatedBy(i =>
            {
                int id = (i / 3) % Ids;
                StoreResult result;
                if (i % 3 == 0)
                {
                    data[0] = (byte)i;
                    result = store.TryWrite(id, data, 0, (i / 3) % 65);
                }
                else if (i % 3 == 1)
                {
                    int length;
                    result = store.TryRead(id, back, 0, out length);
                }
                else
                {
                    result = store.TryDelete((id * 5) % Ids);
                }

                outcomes[(int)result]++;
            }, Operations);

            Assert.AreEqual(0L, bytes);
            Assert.IsTrue(store.Statistics.Reclaims > 1000, "reclaims ran in the measured steady state: " + store.Statistics.Reclaims);
            Assert.AreEqual(0, outcomes[(int)StoreResult.FlashFailed] + outcomes[(int)StoreResult.StoreFull] + outcomes[(int)StoreResult.Corrupt]);
            Assert.IsTrue(outcomes[(int)StoreResult.UnknownId] > 0, "reads and deletes of absent ids were measured too");
        }

        [TestMethod]
        public void MountingAllocatesNothing()
        {
            SimulatedNorFlash part = new SimulatedNorFlash(512, 8, 4);
            RecordStore store = new RecordStore("settings", part, 16, 64);
            store.TryMount();
            byte[] data = new byte[64];
            for (int i = 0; i < 200; i++)
            {
                store.TryWrite(i % 10, data, 0, i % 60);
            }

            long bytes = AllocationProbe.BytesAllocatedBy(i => store.TryMount(), 1000);

            Assert.AreEqual(0L, bytes);
            Assert.AreEqual(10, store.Count);
        }
    }
}
