using Keel.Drivers.Flash;
using Keel.Drivers.Timers;
using Keel.Firmware.Boards;
using nanoFramework.TestFramework;

namespace Keel.Soak
{
    /// <summary>The drivers of a booted board, used directly as an application would: GPIO sampling and edge reads, timers armed, fired and cancelled, records written, read and deleted, and sector reclaims — none allocates.</summary>
    [TestClass]
    public class DriverSoakTests
    {
        private const int WarmUpRuns = 20;
        private const int Runs = 500;

        // Ids of the demo app's log lie from 16 up; the soak's own records stay clear of them.
        private const int FirstSoakId = 200;
        private const int SoakIds = 4;
        private const int RecordBytes = 24;

        [TestMethod]
        public void SamplingInputsAndReadingEdgesAllocateNothing()
        {
            SoakBoard board = new SoakBoard(Esp32DevKitC.Describe(), false);
            int pin = board.Config.ButtonPin;
            int edges = board.Firmware.Gpio.TotalEdges;
            long allocated = 0;
            for (int round = 0; round < 2; round++)
            {
                long before = AllocationMeter.Count();
                for (int i = 0; i < (round == 0 ? WarmUpRuns : Runs); i++)
                {
                    board.Gpio.SetInput(pin, i % 2 != 0);
                    board.Clock.Advance(board.Config.ButtonDebounceMicroseconds + 1);
                    board.Firmware.Gpio.Sample();
                    board.Clock.Advance(board.Config.ButtonDebounceMicroseconds + 1);
                    board.Firmware.Gpio.Sample();
                    int edgePin;
                    bool high;
                    long time;
                    while (board.Firmware.Gpio.TryReadEdge(out edgePin, out high, out time))
                    {
                    }
                }

                allocated = AllocationMeter.Count() - before;
            }

            Record("gpio sample and edge read", allocated, Runs);
            Assert.AreEqual(WarmUpRuns + Runs, board.Firmware.Gpio.TotalEdges - edges, "one edge a run");
        }

        [TestMethod]
        public void TimersArmedFiredAndCancelledAllocateNothing()
        {
            SoakBoard board = new SoakBoard(Esp32DevKitC.Describe(), false);
            TimerService timers = board.Firmware.Timers;
            SoakTimerHandler handler = new SoakTimerHandler();
            int timer = timers.Create(handler);
            long allocated = 0;
            for (int round = 0; round < 2; round++)
            {
                long before = AllocationMeter.Count();
                for (int i = 0; i < (round == 0 ? WarmUpRuns : Runs); i++)
                {
                    timers.StartOneShot(timer, 1000);
                    board.Clock.Advance(1000);
                    timers.Poll();
                    timers.StartPeriodic(timer, 300);
                    board.Clock.Advance(700);
                    timers.Poll();
                    long due;
                    timers.TryGetNextDue(out due);
                    timers.Stop(timer);
                    timers.Restart(timer);
                    timers.Stop(timer);
                }

                allocated = AllocationMeter.Count() - before;
            }

            Record("timer arm, fire, cancel", allocated, Runs);
            Assert.AreEqual(2 * (WarmUpRuns + Runs), handler.Calls, "the one-shot and the periodic each fired once a run");
        }

        [TestMethod]
        public void RecordsWrittenReadAndDeletedAllocateNothing()
        {
            SoakBoard board = new SoakBoard(Esp32DevKitC.Describe(), false);
            RecordStore store = board.Firmware.Store;
            byte[] data = new byte[RecordBytes];
            byte[] read = new byte[RecordBytes];
            int failures = 0;
            long allocated = 0;
            for (int round = 0; round < 2; round++)
            {
                long before = AllocationMeter.Count();
                for (int i = 0; i < (round == 0 ? WarmUpRuns : Runs); i++)
                {
                    int id = FirstSoakId + i % SoakIds;
                    data[0] = (byte)i;
                    int length;
                    failures += store.TryWrite(id, data, 0, RecordBytes) == StoreResult.Ok ? 0 : 1;
                    failures += store.TryRead(id, read, 0, out length) == StoreResult.Ok && read[0] == (byte)i ? 0 : 1;
                    failures += store.TryDelete(id) == StoreResult.Ok ? 0 : 1;
                    failures += store.TryRead(id, read, 0, out length) == StoreResult.UnknownId ? 0 : 1;
                }

                allocated = AllocationMeter.Count() - before;
            }

            Record("record write, read, delete", allocated, Runs);
            Assert.AreEqual(0, failures, "every call returned what it should");
            Assert.IsTrue(store.Statistics.Reclaims > 0, "the writes filled sectors and reclaimed them: " + store.Statistics.Reclaims.ToString());
        }

        [TestMethod]
        public void SectorReclaimsAllocateNothing()
        {
            SoakBoard board = new SoakBoard(Esp32DevKitC.Describe(), false);
            RecordStore store = board.Firmware.Store;
            byte[] data = new byte[board.Config.FlashMaxRecordBytes];
            int reclaimsBefore = 0;
            long allocated = 0;
            int failures = 0;
            for (int round = 0; round < 2; round++)
            {
                reclaimsBefore = store.Statistics.Reclaims;
                long before = AllocationMeter.Count();

                // Overwrites of a few ids fill the sectors with dead records: each sector's worth forces a reclaim.
                int writes = (round == 0 ? 1 : 4) * board.Config.FlashSectors * board.Config.FlashSectorSize / data.Length;
                for (int i = 0; i < writes; i++)
                {
                    data[0] = (byte)i;
                    failures += store.TryWrite(FirstSoakId + i % SoakIds, data, 0, data.Length) == StoreResult.Ok ? 0 : 1;
                }

                allocated = AllocationMeter.Count() - before;
            }

            int reclaims = store.Statistics.Reclaims - reclaimsBefore;
            Record("sector reclaim", allocated, reclaims);
            Assert.AreEqual(0, failures, "every write was acknowledged");
            Assert.IsTrue(reclaims >= board.Config.FlashSectors, "every sector was reclaimed at least once: " + reclaims.ToString());
        }

        [TestMethod]
        public void CorrectedReadsDamagedRecordsAndTheirMarkersAllocateNothing()
        {
            SoakBoard board = new SoakBoard(Esp32DevKitC.Describe(), false);
            RecordStore store = board.Firmware.Store;
            byte[] data = new byte[RecordBytes];
            byte[] read = new byte[RecordBytes];
            int failures = 0;
            int length;

            // One flipped bit in a record: every read corrects it. Two in another: the mount marks it damaged.
            FlipBits(board, store, FirstSoakId, 0x31, 1);
            FlipBits(board, store, FirstSoakId + 1, 0x52, 2);
            long before = AllocationMeter.Count();
            failures += store.TryMount() == StoreResult.Damaged ? 0 : 1;
            long mount = AllocationMeter.Count() - before;
            long allocated = 0;
            for (int round = 0; round < 2; round++)
            {
                before = AllocationMeter.Count();
                for (int i = 0; i < (round == 0 ? WarmUpRuns : Runs); i++)
                {
                    failures += store.TryRead(FirstSoakId, read, 0, out length) == StoreResult.Ok && read[3] == 0x31 ? 0 : 1;
                    failures += store.TryRead(FirstSoakId + 1, read, 0, out length) == StoreResult.Damaged ? 0 : 1;
                }

                allocated = AllocationMeter.Count() - before;
            }

            Record("mount that finds and marks a damaged record", mount, 1);
            Record("corrected read, read of a damaged id", allocated, Runs);

            // A record damaged after the mount is found by the reclaim that copies it, which writes a marker instead.
            FlipBits(board, store, FirstSoakId + 2, 0x73, 2);
            int reclaimsBefore = store.Statistics.Reclaims;
            before = AllocationMeter.Count();
            int writes = 2 * board.Config.FlashSectors * board.Config.FlashSectorSize / data.Length;
            for (int i = 0; i < writes; i++)
            {
                data[0] = (byte)i;
                failures += store.TryWrite(FirstSoakId + 3, data, 0, data.Length) == StoreResult.Ok ? 0 : 1;
            }

            allocated = AllocationMeter.Count() - before;
            Record("reclaims that copy a marker and turn a damaged record into one", allocated, store.Statistics.Reclaims - reclaimsBefore);
            Assert.AreEqual(0, failures, "every call returned what it should");
            Assert.AreEqual((int)StoreResult.Damaged, (int)store.TryRead(FirstSoakId + 2, read, 0, out length));
            Assert.AreEqual(2, store.Statistics.DamagedRecords);
            Assert.IsTrue(store.Statistics.CorrectedBlocks >= Runs, "each read corrected the flipped bit");
        }

        /// <summary>Setup: writes id with every byte fill, then flips bits of its payload on the flash.</summary>
        private static void FlipBits(SoakBoard board, RecordStore store, int id, byte fill, int bits)
        {
            byte[] value = new byte[RecordBytes];
            for (int i = 0; i < RecordBytes; i++)
            {
                value[i] = fill;
            }

            Assert.AreEqual((int)StoreResult.Ok, (int)store.TryWrite(id, value, 0, RecordBytes));
            int found = -1;
            for (int address = board.Flash.Size - RecordBytes; address >= 0 && found < 0; address--)
            {
                int same = 0;
                while (same < RecordBytes && board.Flash.ByteAt(address + same) == fill)
                {
                    same++;
                }

                found = same == RecordBytes ? address : -1;
            }

            Assert.IsTrue(found >= 0, "the record's payload is on the flash");
            for (int bit = 0; bit < bits; bit++)
            {
                board.Flash.Corrupt(found + 3 + bit * 5, (byte)(fill ^ (1 << bit)));
            }
        }

        private static void Record(string path, long allocated, int runs)
        {
            GarbageReport report = new GarbageReport();
            report.Record(path, allocated, runs);
            report.AssertClean();
        }
    }
}
