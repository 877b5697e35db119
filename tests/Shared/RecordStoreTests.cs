using System;
using Keel.Drivers.Flash;
using Keel.Pools;
using Keel.Sim.Flash;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    [TestClass]
    public class RecordStoreTests
    {
        [TestMethod]
        public void EveryOperationBeforeMountSaysNotMounted()
        {
            RecordStore store = SmallFlash.NewStore(SmallFlash.NewPart());
            byte[] buffer = new byte[8];
            int length;
            Assert.AreEqual((int)StoreResult.NotMounted, (int)store.TryWrite(1, buffer, 0, 8));
            Assert.AreEqual((int)StoreResult.NotMounted, (int)store.TryRead(1, buffer, 0, out length));
            Assert.AreEqual((int)StoreResult.NotMounted, (int)store.TryDelete(1));
            Assert.IsFalse(store.IsMounted);
        }

        [TestMethod]
        public void MountingABlankPartFormatsEverySectorOnce()
        {
            SimulatedNorFlash part = SmallFlash.NewPart();
            RecordStore store = SmallFlash.NewStore(part);

            Assert.AreEqual((int)StoreResult.Ok, (int)store.TryMount());
            for (int sector = 0; sector < SmallFlash.Sectors; sector++)
            {
                Assert.AreEqual(1, part.EraseCount(sector));
                Assert.AreEqual(1, store.Statistics.SectorErases(sector), "the count is kept in the sector header");
            }

            Assert.AreEqual(0, store.Count);
            Assert.AreEqual(1, store.Statistics.MinSectorErases);
            Assert.AreEqual(1, store.Statistics.MaxSectorErases);
            Assert.AreEqual(0, SmallFlash.Mounted(part).Statistics.Reclaims);
            Assert.AreEqual(SmallFlash.Sectors, part.Erases, "a second mount erases nothing");
        }

        [TestMethod]
        public void RecordsReadBackAfterARemount()
        {
            SimulatedNorFlash part = SmallFlash.NewPart();
            RecordStore store = SmallFlash.Mounted(part);
            Assert.AreEqual((int)StoreResult.Ok, (int)store.TryWrite(1, SmallFlash.Value(10, 1), 0, 10));
            Assert.AreEqual((int)StoreResult.Ok, (int)store.TryWrite(2, SmallFlash.Value(0, 2), 0, 0));
            Assert.AreEqual((int)StoreResult.Ok, (int)store.TryWrite(RecordLayout.MaxId, SmallFlash.Value(48, 3), 0, 48));

            RecordStore rebooted = SmallFlash.Mounted(part);
            Assert.AreEqual(3, rebooted.Count);
            Assert.IsTrue(SmallFlash.Holds(rebooted, 1, SmallFlash.Value(10, 1)));
            Assert.IsTrue(SmallFlash.Holds(rebooted, 2, SmallFlash.Value(0, 2)));
            Assert.IsTrue(SmallFlash.Holds(rebooted, RecordLayout.MaxId, SmallFlash.Value(48, 3)));
            Assert.AreEqual(10, rebooted.LengthOf(1));
        }

        [TestMethod]
        public void AnOverwriteReplacesAndADeleteRemovesForGood()
        {
            SimulatedNorFlash part = SmallFlash.NewPart();
            RecordStore store = SmallFlash.Mounted(part);
            store.TryWrite(1, SmallFlash.Value(10, 1), 0, 10);
            store.TryWrite(2, SmallFlash.Value(10, 2), 0, 10);
            Assert.AreEqual((int)StoreResult.Ok, (int)store.TryWrite(1, SmallFlash.Value(20, 3), 0, 20));
            Assert.AreEqual((int)StoreResult.Ok, (int)store.TryDelete(2));

            RecordStore rebooted = SmallFlash.Mounted(part);
            Assert.IsTrue(SmallFlash.Holds(rebooted, 1, SmallFlash.Value(20, 3)));
            Assert.IsFalse(rebooted.Contains(2));
            Assert.AreEqual(-1, rebooted.LengthOf(2));
            Assert.AreEqual((int)StoreResult.UnknownId, (int)rebooted.TryDelete(2));
        }

        [TestMethod]
        public void UnknownIdsSmallBuffersAndBadArgumentsAreResultsNotExceptions()
        {
            RecordStore store = SmallFlash.Mounted(SmallFlash.NewPart());
            byte[] data = SmallFlash.Value(20, 1);
            store.TryWrite(1, data, 0, 20);
            byte[] small = new byte[19];
            int length;

            Assert.AreEqual((int)StoreResult.UnknownId, (int)store.TryRead(7, small, 0, out length));
            Assert.AreEqual((int)StoreResult.BufferTooSmall, (int)store.TryRead(1, small, 0, out length));
            Assert.AreEqual(20, length, "a too-small buffer learns the length it needs");
            Assert.AreEqual((int)StoreResult.InvalidArgument, (int)store.TryRead(1, null, 0, out length));
            Assert.AreEqual((int)StoreResult.InvalidArgument, (int)store.TryWrite(-1, data, 0, 1));
            Assert.AreEqual((int)StoreResult.InvalidArgument, (int)store.TryWrite(RecordLayout.MaxId + 1, data, 0, 1));
            Assert.AreEqual((int)StoreResult.InvalidArgument, (int)store.TryWrite(2, data, 15, 6), "past the end of data");
            Assert.AreEqual((int)StoreResult.InvalidArgument, (int)store.TryWrite(2, null, 0, 0));
            Assert.AreEqual(1, store.Count);
        }

        [TestMethod]
        public void ARecordLongerThanTheMaximumIsRefusedAndNothingIsWritten()
        {
            SimulatedNorFlash part = SmallFlash.NewPart();
            RecordStore store = SmallFlash.Mounted(part);
            long programmed = part.ProgrammedBytes;
            byte[] data = new byte[SmallFlash.MaxRecordLength + 1];

            Assert.AreEqual((int)StoreResult.RecordTooLong, (int)store.TryWrite(1, data, 0, data.Length));
            Assert.AreEqual(programmed, part.ProgrammedBytes);
            Assert.AreEqual((int)StoreResult.Ok, (int)store.TryWrite(1, data, 0, SmallFlash.MaxRecordLength));
        }

        [TestMethod]
        public void ANewIdBeyondTheIndexIsRefusedAndCountedWhileOverwritesGoOn()
        {
            RecordStore store = SmallFlash.Mounted(SmallFlash.NewPart());
            byte[] data = SmallFlash.Value(4, 1);
            for (int id = 0; id < SmallFlash.Records; id++)
            {
                Assert.AreEqual((int)StoreResult.Ok, (int)store.TryWrite(id, data, 0, 4));
            }

            Assert.AreEqual((int)StoreResult.IndexFull, (int)store.TryWrite(100, data, 0, 4));
            Assert.AreEqual(1, store.IndexSlots.Failures);
            Assert.AreEqual((int)StoreResult.Ok, (int)store.TryWrite(3, data, 0, 2));
            Assert.AreEqual((int)StoreResult.Ok, (int)store.TryDelete(0));
            Assert.AreEqual((int)StoreResult.Ok, (int)store.TryWrite(100, data, 0, 4));
            Assert.AreEqual(SmallFlash.Records, store.IndexSlots.InUse);
        }

        [TestMethod]
        public void AFullStoreSaysSoAndAskingAgainWearsNothing()
        {
            // Payloads of 120 bytes take 140 of a sector's 224: one record a sector, three sectors besides the spare.
            SimulatedNorFlash part = SmallFlash.NewPart();
            RecordStore store = new RecordStore("big", part, 8, 200);
            store.TryMount();
            byte[] data = SmallFlash.Value(200, 1);
            for (int id = 0; id < 3; id++)
            {
                Assert.AreEqual((int)StoreResult.Ok, (int)store.TryWrite(id, data, 0, 120));
            }

            Assert.AreEqual((int)StoreResult.StoreFull, (int)store.TryWrite(3, data, 0, 120), "each reclaim wins nothing");
            int erases = part.Erases;
            Assert.AreEqual((int)StoreResult.StoreFull, (int)store.TryWrite(3, data, 0, 120));
            Assert.AreEqual(erases, part.Erases, "a request that already failed is refused without erasing again");
            Assert.AreEqual((int)StoreResult.StoreFull, (int)store.TryWrite(4, data, 0, 200), "nor a larger one");

            Assert.AreEqual((int)StoreResult.Ok, (int)store.TryDelete(1));
            Assert.AreEqual((int)StoreResult.Ok, (int)store.TryWrite(3, data, 0, 120));
            RecordStore rebooted = new RecordStore("big", part, 8, 200);
            Assert.AreEqual((int)StoreResult.Ok, (int)rebooted.TryMount());
            Assert.AreEqual(3, rebooted.Count);
            Assert.IsFalse(rebooted.Contains(1));

            RecordStore smaller = SmallFlash.NewStore(part);
            Assert.AreEqual((int)StoreResult.RecordTooLong, (int)smaller.TryMount(), "a config with shorter records says why it cannot read them");
            Assert.AreEqual(0, smaller.Count);
        }

        [TestMethod]
        public void ReclaimsKeepEveryRecordAndWearEverySector()
        {
            SimulatedNorFlash part = SmallFlash.NewPart();
            RecordStore store = SmallFlash.Mounted(part);
            for (int id = 1; id <= 4; id++)
            {
                store.TryWrite(id, SmallFlash.Value(30, id), 0, 30);
            }

            for (int round = 0; round < 200; round++)
            {
                Assert.AreEqual((int)StoreResult.Ok, (int)store.TryWrite(9, SmallFlash.Value(round % 40, round), 0, round % 40));
            }

            Assert.IsTrue(store.Statistics.Reclaims >= 20, "reclaims: " + store.Statistics.Reclaims.ToString());
            RecordStore rebooted = SmallFlash.Mounted(part);
            for (int id = 1; id <= 4; id++)
            {
                Assert.IsTrue(SmallFlash.Holds(rebooted, id, SmallFlash.Value(30, id)), "records never rewritten are copied forward");
            }

            Assert.IsTrue(SmallFlash.Holds(rebooted, 9, SmallFlash.Value(199 % 40, 199)));
            Assert.IsTrue(rebooted.Statistics.MaxSectorErases - rebooted.Statistics.MinSectorErases <= 1, "the oldest sector is always the one reclaimed");
            Assert.AreEqual(part.EraseCount(0), rebooted.Statistics.SectorErases(0));
        }

        [TestMethod]
        public void StatisticsCountLiveDeadAndFreeBytes()
        {
            RecordStore store = SmallFlash.Mounted(SmallFlash.NewPart());
            RecordStoreStatistics statistics = store.Statistics;
            int sectorData = SmallFlash.SectorSize - store.Layout.FirstRecordOffset;
            Assert.AreEqual(224, sectorData);
            Assert.AreEqual(3 * sectorData, statistics.FreeBytes, "the spare sector is not free space");

            byte[] data = SmallFlash.Value(10, 1);
            store.TryWrite(1, data, 0, 10);
            Assert.AreEqual(32, store.Layout.RecordBytes(10), "commit 4, header 12, payload and CRC 16");
            Assert.AreEqual(32, statistics.LiveBytes);
            Assert.AreEqual(0, statistics.DeadBytes);

            store.TryWrite(1, data, 0, 10);
            store.TryDelete(1);
            Assert.AreEqual(0, statistics.Records);
            Assert.AreEqual(0, statistics.LiveBytes);
            Assert.AreEqual(32 + 32 + store.Layout.RecordBytes(0), statistics.DeadBytes, "two superseded records and the delete marker");
            Assert.AreEqual(3 * sectorData - statistics.DeadBytes, statistics.FreeBytes);
        }

        [TestMethod]
        public void OneFlippedBitInARecordIsCorrectedOnReadAndAtMount()
        {
            SimulatedNorFlash part = SmallFlash.NewPart();
            RecordStore store = SmallFlash.Mounted(part);
            store.TryWrite(1, SmallFlash.Value(10, 1), 0, 10);
            int address = 32 + store.Layout.RecordBytes(10) + store.Layout.PayloadOffset;
            store.TryWrite(1, SmallFlash.Value(10, 2), 0, 10);
            Assert.AreEqual(SmallFlash.Value(10, 2)[0], part.ByteAt(address), "the second value's first payload byte, in the first sector");
            part.Corrupt(address, (byte)(part.ByteAt(address) ^ 0x04));

            Assert.IsTrue(SmallFlash.Holds(store, 1, SmallFlash.Value(10, 2)), "a read corrects one flipped bit");
            Assert.AreEqual(1, store.Statistics.CorrectedBlocks);
            RecordStore rebooted = SmallFlash.Mounted(part);
            Assert.AreEqual(0, rebooted.Statistics.CrcFailuresAtMount);
            Assert.AreEqual(1, rebooted.Statistics.CorrectedBlocks);
            Assert.IsTrue(SmallFlash.Holds(rebooted, 1, SmallFlash.Value(10, 2)), "never the older value");
        }

        [TestMethod]
        public void ARecordThatCannotBeProvenReadsDamagedNeverItsOlderValueUntilWrittenAgain()
        {
            SimulatedNorFlash part = SmallFlash.NewPart();
            RecordStore store = SmallFlash.Mounted(part);
            store.TryWrite(1, SmallFlash.Value(10, 1), 0, 10);
            int address = 32 + store.Layout.RecordBytes(10) + store.Layout.PayloadOffset;
            store.TryWrite(1, SmallFlash.Value(10, 2), 0, 10);
            store.TryWrite(2, SmallFlash.Value(10, 3), 0, 10);
            part.Corrupt(address, (byte)(part.ByteAt(address) ^ 0x14));

            int length;
            Assert.AreEqual((int)StoreResult.Corrupt, (int)store.TryRead(1, new byte[10], 0, out length), "two flipped bits are not corrected");
            RecordStore rebooted = SmallFlash.NewStore(part);
            Assert.AreEqual((int)StoreResult.Damaged, (int)rebooted.TryMount());
            Assert.AreEqual((int)StoreResult.Damaged, (int)rebooted.TryRead(1, new byte[10], 0, out length), "never the value before it");
            Assert.AreEqual(1, rebooted.Statistics.CrcFailuresAtMount);
            Assert.AreEqual(1, rebooted.Statistics.DamagedRecords);
            Assert.AreEqual(store.Layout.RecordBytes(10), rebooted.Statistics.LostBytes);
            Assert.IsTrue(rebooted.Contains(1));
            Assert.AreEqual(-1, rebooted.LengthOf(1));
            Assert.IsTrue(SmallFlash.Holds(rebooted, 2, SmallFlash.Value(10, 3)));

            // The loss is marked on flash: it outlives the damaged bytes (reclaimed away here).
            for (int round = 0; round < 40; round++)
            {
                Assert.AreEqual((int)StoreResult.Ok, (int)rebooted.TryWrite(3, SmallFlash.Value(40, round), 0, 40));
            }

            Assert.IsTrue(rebooted.Statistics.Reclaims >= 4);
            RecordStore later = SmallFlash.NewStore(part);
            Assert.AreEqual((int)StoreResult.Damaged, (int)later.TryMount());
            Assert.AreEqual(0, later.Statistics.CrcFailuresAtMount, "the damaged bytes are gone");
            Assert.AreEqual((int)StoreResult.Damaged, (int)later.TryRead(1, new byte[10], 0, out length), "the marker still says so");
            Assert.AreEqual((int)StoreResult.Ok, (int)later.TryWrite(1, SmallFlash.Value(10, 4), 0, 10));
            RecordStore healed = SmallFlash.NewStore(part);
            Assert.AreEqual((int)StoreResult.Ok, (int)healed.TryMount());
            Assert.IsTrue(SmallFlash.Holds(healed, 1, SmallFlash.Value(10, 4)));
            Assert.AreEqual(0, healed.Statistics.DamagedRecords);
        }

        [TestMethod]
        public void APowerCutDuringAWriteLeavesTheOldValueAndATornRecord()
        {
            SimulatedNorFlash part = SmallFlash.NewPart();
            RecordStore store = SmallFlash.Mounted(part);
            store.TryWrite(1, SmallFlash.Value(10, 1), 0, 10);
            part.CutPowerAfterProgrammedBytes(20);
            Assert.AreEqual((int)StoreResult.FlashFailed, (int)store.TryWrite(1, SmallFlash.Value(10, 2), 0, 10));
            part.RestorePower();

            RecordStore rebooted = SmallFlash.Mounted(part);
            Assert.IsTrue(SmallFlash.Holds(rebooted, 1, SmallFlash.Value(10, 1)));
            Assert.AreEqual(1, rebooted.Statistics.TornRecordsAtMount);
            Assert.AreEqual(0, rebooted.Statistics.CrcFailuresAtMount);
            Assert.AreEqual((int)StoreResult.Ok, (int)rebooted.TryWrite(1, SmallFlash.Value(10, 3), 0, 10));
            Assert.IsTrue(SmallFlash.Holds(SmallFlash.Mounted(part), 1, SmallFlash.Value(10, 3)));
        }

        [TestMethod]
        public void APowerCutWhileAReclaimedSectorIsErasedLosesNothing()
        {
            SimulatedNorFlash part = SmallFlash.NewPart();
            RecordStore store = SmallFlash.Mounted(part);
            store.TryWrite(1, SmallFlash.Value(30, 1), 0, 30);

            // The first erase after the four of formatting is the first reclaim's, after its commit.
            part.CutPowerDuringErase(0, 100);
            int round = 0;
            while (part.IsPowered && round < 100)
            {
                store.TryWrite(2, SmallFlash.Value(40, round), 0, 40);
                round++;
            }

            Assert.IsFalse(part.IsPowered, "a reclaim happened");
            part.RestorePower();
            RecordStore rebooted = SmallFlash.Mounted(part);
            Assert.IsTrue(SmallFlash.Holds(rebooted, 1, SmallFlash.Value(30, 1)));
            Assert.IsTrue(SmallFlash.Holds(rebooted, 2, SmallFlash.Value(40, round - 2)) || SmallFlash.Holds(rebooted, 2, SmallFlash.Value(40, round - 1)));
            Assert.AreEqual(3, part.EraseCount(0), "formatted, reclaimed (cut), and erased again by the mount");
            Assert.AreEqual(2, rebooted.Statistics.SectorErases(0), "a count lost with its header is taken as the highest known, plus this erase");
        }

        [TestMethod]
        public void AWornPartMakesWritesReturnFlashFailedAndKeepsWhatItHas()
        {
            SimulatedNorFlash part = SmallFlash.NewPart();
            part.EraseEndurance = 3;
            RecordStore store = SmallFlash.Mounted(part);
            store.TryWrite(1, SmallFlash.Value(30, 1), 0, 30);
            StoreResult result = StoreResult.Ok;
            int round = 0;
            while (result == StoreResult.Ok && round < 1000)
            {
                result = store.TryWrite(2, SmallFlash.Value(40, round), 0, 40);
                round++;
            }

            Assert.AreEqual((int)StoreResult.FlashFailed, (int)result);
            Assert.IsTrue(store.Statistics.FlashFailures > 0);
            Assert.IsTrue(SmallFlash.Holds(store, 1, SmallFlash.Value(30, 1)));
            Assert.IsTrue(SmallFlash.Holds(store, 2, SmallFlash.Value(40, round - 2)), "the last write that returned Ok");
        }

        [TestMethod]
        public void BootErrorsSayWhatToChange()
        {
            string tooFewSectors = ErrorMessage.Of(() => new RecordStore("settings", new SimulatedNorFlash(256, 1, 4), 8, 48));
            Assert.Contains("'settings' needs at least 2 flash sectors", tooFewSectors);
            Assert.Contains("board config", tooFewSectors);

            string tooLong = ErrorMessage.Of(() => new RecordStore("settings", SmallFlash.NewPart(), 8, 300));
            Assert.Contains("records of up to 300 bytes", tooLong);
            Assert.Contains("payloads of 0 to 204 bytes", tooLong);

            string noIndex = ErrorMessage.Of(() => new RecordStore("settings", SmallFlash.NewPart(), 0, 48));
            Assert.Contains("index of 0 ids", noIndex);
            Assert.ThrowsException(typeof(ArgumentNullException), () => new RecordStore("settings", null, 8, 48));
        }

        [TestMethod]
        public void TheBuffersAndTheIndexJoinTheMemoryPlan()
        {
            MemoryPlan plan = new MemoryPlan("small", 10000);
            RecordStore store = new RecordStore("settings", SmallFlash.NewPart(), SmallFlash.Records, SmallFlash.MaxRecordLength, plan);

            Assert.AreSame(store.Buffers, plan.Registry.Find("settings-pages"));
            Assert.AreSame(store.IndexSlots, plan.Registry.Find("settings-index"));
            Assert.AreEqual(2 * store.Layout.RecordBytes(SmallFlash.MaxRecordLength), store.Buffers.StorageBytes);
            Assert.AreEqual(2, store.Buffers.InUse, "the page and copy buffers are the store's for good");
            Assert.AreEqual(SmallFlash.Records, store.IndexSlots.Capacity);
        }

        [TestMethod]
        public void ARecordTooLongForANewConfigHidesItsOlderValueInsteadOfServingIt()
        {
            SimulatedNorFlash part = SmallFlash.NewPart();
            RecordStore wide = new RecordStore("wide", part, 8, 60);
            Assert.AreEqual((int)StoreResult.Ok, (int)wide.TryMount());
            Assert.AreEqual((int)StoreResult.Ok, (int)wide.TryWrite(1, SmallFlash.Value(10, 1), 0, 10));
            Assert.AreEqual((int)StoreResult.Ok, (int)wide.TryWrite(1, SmallFlash.Value(40, 2), 0, 40));
            Assert.AreEqual((int)StoreResult.Ok, (int)wide.TryWrite(2, SmallFlash.Value(10, 3), 0, 10));

            RecordStore narrow = new RecordStore("narrow", part, 8, 20);
            Assert.AreEqual((int)StoreResult.RecordTooLong, (int)narrow.TryMount());
            byte[] buffer = new byte[60];
            int length;
            Assert.AreEqual((int)StoreResult.UnknownId, (int)narrow.TryRead(1, buffer, 0, out length), "never the superseded 10-byte value");
            Assert.AreEqual((int)StoreResult.Ok, (int)narrow.TryRead(2, buffer, 0, out length));
            Assert.AreEqual(10, length);
        }
    }
}
