using Keel.Drivers.Flash;
using Keel.Sim.Flash;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    /// <summary>The record store under faults besides power cuts: reads that fail, flipped header bits, the free-slot id, a 2-sector geometry, erasing on purpose.</summary>
    [TestClass]
    public class RecordStoreFaultTests
    {
        [TestMethod]
        public void EveryReadOfAMountFailingOnceIsRetriedAndLosesNothing()
        {
            SimulatedNorFlash part = SmallFlash.NewPart();
            RecordStore store = SmallFlash.Mounted(part);
            Assert.AreEqual((int)StoreResult.Ok, (int)store.TryWrite(1, SmallFlash.Value(10, 1), 0, 10));
            Assert.AreEqual((int)StoreResult.Ok, (int)store.TryWrite(2, SmallFlash.Value(20, 2), 0, 20));
            int reads = MountReads(part);
            Assert.IsTrue(reads > 4, "a mount reads every header and record: " + reads.ToString());
            for (int read = 0; read < reads; read++)
            {
                FaultyNorFlash faulty = new FaultyNorFlash(part);
                faulty.FailRead(read, false);
                RecordStore rebooted = SmallFlash.NewStore(faulty);
                Assert.AreEqual((int)StoreResult.Ok, (int)rebooted.TryMount(), "read " + read.ToString() + " failed once");
                Assert.AreEqual(1, rebooted.Statistics.FlashFailures);
                Assert.AreEqual(0, rebooted.Statistics.CrcFailuresAtMount, "a failed read is not a CRC failure");
                Assert.IsTrue(SmallFlash.Holds(rebooted, 1, SmallFlash.Value(10, 1)));
                Assert.IsTrue(SmallFlash.Holds(rebooted, 2, SmallFlash.Value(20, 2)));
            }
        }

        [TestMethod]
        public void AReadThatFailsForGoodMakesTheMountFlashFailedAndChangesNothing()
        {
            SimulatedNorFlash part = SmallFlash.NewPart();
            RecordStore store = SmallFlash.Mounted(part);
            store.TryWrite(1, SmallFlash.Value(10, 1), 0, 10);
            store.TryWrite(2, SmallFlash.Value(20, 2), 0, 20);
            int reads = MountReads(part);
            for (int read = 0; read < reads; read++)
            {
                FaultyNorFlash faulty = new FaultyNorFlash(part);
                faulty.FailRead(read, true);
                RecordStore rebooted = SmallFlash.NewStore(faulty);
                Assert.AreEqual((int)StoreResult.FlashFailed, (int)rebooted.TryMount(), "read " + read.ToString() + " fails for good");
                Assert.IsFalse(rebooted.IsMounted);
                Assert.AreEqual(0, faulty.Programs + faulty.Erases, "nothing is erased or programmed on a mount that could not read");

                faulty.Heal();
                Assert.AreEqual((int)StoreResult.Ok, (int)rebooted.TryMount(), "mounting again once the part reads");
                Assert.IsTrue(SmallFlash.Holds(rebooted, 1, SmallFlash.Value(10, 1)));
                Assert.IsTrue(SmallFlash.Holds(rebooted, 2, SmallFlash.Value(20, 2)));
            }
        }

        [TestMethod]
        public void AReadThatFailedAtMountNeverDeletesARecordThroughLaterReclaims()
        {
            // Issue 13, item 1: a read failing at the record's payload once made the mount drop the
            // record, and two reclaims later it was gone for good.
            SimulatedNorFlash part = SmallFlash.NewPart();
            RecordStore store = SmallFlash.Mounted(part);
            Assert.AreEqual((int)StoreResult.Ok, (int)store.TryWrite(1, SmallFlash.Value(10, 1), 0, 10));
            int reads = MountReads(part);
            for (int read = 0; read < reads; read++)
            {
                SimulatedNorFlash copy = CopyOf(part);
                FaultyNorFlash faulty = new FaultyNorFlash(copy);
                faulty.FailRead(read, false);
                RecordStore rebooted = SmallFlash.NewStore(faulty);
                Assert.AreEqual((int)StoreResult.Ok, (int)rebooted.TryMount());
                Assert.IsTrue(SmallFlash.Holds(rebooted, 1, SmallFlash.Value(10, 1)));
                for (int round = 0; rebooted.Statistics.Reclaims < 2 && round < 100; round++)
                {
                    Assert.AreEqual((int)StoreResult.Ok, (int)rebooted.TryWrite(2, SmallFlash.Value(40, round), 0, 40));
                }

                Assert.IsTrue(SmallFlash.Holds(SmallFlash.Mounted(copy), 1, SmallFlash.Value(10, 1)), "read " + read.ToString());
            }
        }

        [TestMethod]
        public void AFlippedBitInTheOpenBlockOfTheNewestSectorNeitherLosesNorRevertsData()
        {
            // Issue 13, item 2: 128-byte sectors x 3; write 1=A, 2, 3, then 1=B (this opens sector 1);
            // flip bit 0 of byte 128 + 12: the mount said Ok and id 1 read A.
            SimulatedNorFlash part = new SimulatedNorFlash(128, 3, 4);
            RecordStore store = new RecordStore("small", part, 8, 10);
            Assert.AreEqual((int)StoreResult.Ok, (int)store.TryMount());
            store.TryWrite(1, SmallFlash.Value(10, 1), 0, 10);
            store.TryWrite(2, SmallFlash.Value(10, 2), 0, 10);
            store.TryWrite(3, SmallFlash.Value(10, 3), 0, 10);
            store.TryWrite(1, SmallFlash.Value(10, 4), 0, 10);
            Assert.AreEqual(0xFF, (int)part.ByteAt(128 + 100), "1=B opened sector 1");
            Assert.AreNotEqual(0xFF, (int)part.ByteAt(128 + store.Layout.FirstRecordOffset));
            part.Corrupt(128 + 12, (byte)(part.ByteAt(128 + 12) ^ 0x01));

            RecordStore rebooted = new RecordStore("small", part, 8, 10);
            Assert.AreEqual((int)StoreResult.Ok, (int)rebooted.TryMount());
            Assert.IsTrue(SmallFlash.Holds(rebooted, 1, SmallFlash.Value(10, 4)), "never the older value");
            Assert.IsTrue(SmallFlash.Holds(rebooted, 2, SmallFlash.Value(10, 2)));
            Assert.IsTrue(SmallFlash.Holds(rebooted, 3, SmallFlash.Value(10, 3)));
            Assert.AreEqual(1, rebooted.Statistics.CorrectedBlocks, "the flipped bit is corrected and counted");
        }

        [TestMethod]
        public void AFlippedBitInTheDoneMarkerKeepsACompletedReclaimCompleted()
        {
            // The done marker of the sector a reclaim copied into: one 0 -> 1 flip made the mount
            // take the completed reclaim for unfinished and erase the only copies.
            SimulatedNorFlash part = SmallFlash.NewPart();
            RecordStore store = SmallFlash.Mounted(part);
            store.TryWrite(1, SmallFlash.Value(30, 1), 0, 30);
            int round = 0;
            while (store.Statistics.Reclaims == 0)
            {
                store.TryWrite(2, SmallFlash.Value(40, round), 0, 40);
                round++;
            }

            int destination = -1;
            for (int sector = 0; sector < SmallFlash.Sectors; sector++)
            {
                if (part.ByteAt(sector * SmallFlash.SectorSize + store.Layout.DoneOffset) == 0)
                {
                    destination = sector;
                }
            }

            Assert.IsTrue(destination >= 0, "a reclaim's done marker is on flash");
            for (int bit = 0; bit < 8 * store.Layout.Unit; bit++)
            {
                SimulatedNorFlash copy = CopyOf(part);
                int address = destination * SmallFlash.SectorSize + store.Layout.DoneOffset + bit / 8;
                copy.Corrupt(address, (byte)(copy.ByteAt(address) ^ (1 << (bit % 8))));
                RecordStore rebooted = SmallFlash.NewStore(copy);
                Assert.AreEqual((int)StoreResult.Ok, (int)rebooted.TryMount());
                Assert.IsTrue(SmallFlash.Holds(rebooted, 1, SmallFlash.Value(30, 1)), "bit " + bit.ToString());
                Assert.IsTrue(SmallFlash.Holds(rebooted, 2, SmallFlash.Value(40, round - 1)), "bit " + bit.ToString());
            }
        }

        [TestMethod]
        public void TheFreeSlotMarkerIsNeverAnId()
        {
            RecordStore store = SmallFlash.Mounted(SmallFlash.NewPart());
            Assert.IsFalse(store.Contains(65535), "an empty store holds nothing");
            Assert.AreEqual(-1, store.LengthOf(65535));
            store.TryWrite(7, SmallFlash.Value(10, 1), 0, 10);
            store.TryDelete(7);
            Assert.IsFalse(store.Contains(65535));
            Assert.AreEqual(-1, store.LengthOf(65535), "a freed slot's old length is not the marker's");
            Assert.IsFalse(store.Contains(-1));
        }

        [TestMethod]
        public void TwoSectorsRefuseARecordTheyCouldNotUpdateAndUpdateTheLongestTheyAllow()
        {
            string message = ErrorMessage.Of(() => new RecordStore("settings", new SimulatedNorFlash(256, 2, 4), 8, 200));
            Assert.Contains("on 2 flash sectors cannot update a record of 200 bytes", message);
            Assert.Contains("at most 92 bytes", message);
            Assert.Contains("3 or more sectors", message);

            SimulatedNorFlash part = new SimulatedNorFlash(256, 2, 4);
            RecordStore store = new RecordStore("settings", part, 8, 92);
            Assert.AreEqual((int)StoreResult.Ok, (int)store.TryMount());
            for (int round = 0; round < 10; round++)
            {
                Assert.AreEqual((int)StoreResult.Ok, (int)store.TryWrite(1, SmallFlash.Value(92, round), 0, 92), "update " + round.ToString());
            }

            RecordStore rebooted = new RecordStore("settings", part, 8, 92);
            Assert.AreEqual((int)StoreResult.Ok, (int)rebooted.TryMount());
            Assert.IsTrue(SmallFlash.Holds(rebooted, 1, SmallFlash.Value(92, 9)));
        }

        [TestMethod]
        public void EraseKeepsEachSectorsEraseCount()
        {
            SimulatedNorFlash part = SmallFlash.NewPart();
            RecordStore store = SmallFlash.Mounted(part);
            for (int round = 0; round < 60; round++)
            {
                store.TryWrite(1, SmallFlash.Value(40, round), 0, 40);
            }

            int least = store.Statistics.MinSectorErases;
            Assert.IsTrue(least > 3, "the workload wore every sector: " + least.ToString());
            int failed;
            Assert.AreEqual((int)StoreResult.Ok, (int)store.TryErase(out failed));
            Assert.AreEqual(0, failed);
            Assert.AreEqual(0, store.Count);
            Assert.AreEqual(least + 1, store.Statistics.MinSectorErases, "wear is the part's history: an erase adds one");
            for (int sector = 0; sector < SmallFlash.Sectors; sector++)
            {
                Assert.AreEqual(part.EraseCount(sector), store.Statistics.SectorErases(sector));
            }

            Assert.AreEqual(least + 1, SmallFlash.Mounted(part).Statistics.MinSectorErases);
        }

        /// <summary>Reads an uncut, healthy mount of part makes.</summary>
        private static int MountReads(SimulatedNorFlash part)
        {
            FaultyNorFlash counting = new FaultyNorFlash(CopyOf(part));
            SmallFlash.NewStore(counting).TryMount();
            return counting.Reads;
        }

        private static SimulatedNorFlash CopyOf(SimulatedNorFlash part)
        {
            SimulatedNorFlash copy = new SimulatedNorFlash(part.SectorSize, part.SectorCount, part.ProgramUnit);
            byte[] image = new byte[part.Size];
            part.CopyImageTo(image);
            copy.LoadImage(image);
            return copy;
        }
    }
}
