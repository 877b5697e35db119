using Keel.Drivers.Flash;
using Keel.Sim.Flash;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>
    /// Programs and erases that fail part-way (a program unit of 1, as the device's file-backed
    /// flash): a deleted record stays deleted, and a bad-sector count survives a mount that could
    /// not write it.
    /// </summary>
    [TestClass]
    public class FlashFailedWriteTests
    {
        [TestMethod]
        public void ARecordDeletedAfterAFailedWriteOfItStaysDeletedAfterARemount()
        {
            SimulatedNorFlash part = new SimulatedNorFlash(256, 4, 1);
            FaultyNorFlash faulty = new FaultyNorFlash(part);
            RecordStore store = OneThenTwo(faulty, 6);

            // Header and payload go on; the commit unit's program fails having zeroed half of it.
            faulty.FailProgram(2);
            Assert.AreEqual(StoreResult.FlashFailed, store.TryWrite(1, Value(2), 0, 48));
            Assert.AreEqual(1, faulty.InjectedProgramFailures);
            Assert.AreEqual(StoreResult.Ok, store.TryDelete(1));
            Assert.AreEqual(StoreResult.UnknownId, Read(store, 1));

            RecordStore after = Mounted(new FaultyNorFlash(part));
            Assert.AreEqual(StoreResult.UnknownId, Read(after, 1), "the deleted record came back");
        }

        [TestMethod]
        public void ARecordDeletedAfterAFailedReclaimStaysDeletedAfterARemount()
        {
            SimulatedNorFlash part = new SimulatedNorFlash(256, 4, 1);
            FaultyNorFlash faulty = new FaultyNorFlash(part);
            RecordStore store = OneThenTwo(faulty, 8);

            // The reclaim's done marker fails half written, then the erase of its destination fails.
            faulty.FailProgram(4);
            faulty.FailErase(0);
            Assert.AreEqual(StoreResult.FlashFailed, store.TryWrite(2, Value(30), 0, 48));
            Assert.AreEqual(1, faulty.InjectedProgramFailures);
            Assert.AreEqual(1, faulty.InjectedEraseFailures);
            Assert.AreEqual(StoreResult.Ok, store.TryDelete(1));

            RecordStore after = Mounted(new FaultyNorFlash(part));
            Assert.AreEqual(StoreResult.UnknownId, Read(after, 1), "the deleted record came back");
        }

        [TestMethod]
        public void AnUnreadableSectorStaysCountedWhenTheMountCannotWriteItsCount()
        {
            SimulatedNorFlash part = new SimulatedNorFlash(256, 4, 4);
            RecordStore store = new RecordStore("s", part, 8, 48);
            Assert.AreEqual(StoreResult.Ok, store.TryMount());
            for (int i = 0; i < 5; i++)
            {
                Assert.AreEqual(StoreResult.Ok, store.TryWrite(1 + (i % 3), Value(i), 0, 48));
            }

            // Two flipped bits in the first sector's open block: its place in the log cannot be proven.
            int open = store.Layout.OpenOffset;
            part.Corrupt(open, (byte)(part.ByteAt(open) ^ 0x01));
            part.Corrupt(open + 1, (byte)(part.ByteAt(open + 1) ^ 0x01));
            FaultyNorFlash faulty = new FaultyNorFlash(part);
            faulty.FailProgram(0);
            RecordStore failing = new RecordStore("s", faulty, 8, 48);
            failing.TryMount();
            Assert.AreEqual(1, faulty.InjectedProgramFailures);
            Assert.AreEqual(1, failing.Statistics.UnreadableSectors);

            RecordStore next = new RecordStore("s", part, 8, 48);
            next.TryMount();
            Assert.AreEqual(1, next.Statistics.UnreadableSectors, "the unreadable sector's count was lost");
            Assert.IsTrue(next.Statistics.LostBytes > 0, "the unreadable sector's bytes were lost from the count");
        }

        /// <summary>A store over flash (unit 1) holding id 1 written once, then id 2 written times times.</summary>
        private static RecordStore OneThenTwo(FaultyNorFlash flash, int times)
        {
            RecordStore store = Mounted(flash);
            Assert.AreEqual(StoreResult.Ok, store.TryWrite(1, Value(1), 0, 48));
            for (int i = 0; i < times; i++)
            {
                Assert.AreEqual(StoreResult.Ok, store.TryWrite(2, Value(10 + i), 0, 48));
            }

            return store;
        }

        private static RecordStore Mounted(FaultyNorFlash flash)
        {
            RecordStore store = new RecordStore("s", flash, 8, 48);
            Assert.AreEqual(StoreResult.Ok, store.TryMount());
            return store;
        }

        private static StoreResult Read(RecordStore store, int id)
        {
            byte[] buffer = new byte[64];
            int length;
            return store.TryRead(id, buffer, 0, out length);
        }

        private static byte[] Value(int seed)
        {
            byte[] value = new byte[48];
            for (int i = 0; i < value.Length; i++)
            {
                value[i] = (byte)((seed * 31) + i);
            }

            return value;
        }
    }
}
