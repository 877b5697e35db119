using Keel.Pools;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    [TestClass]
    public class RecordRingTests
    {
        [TestMethod]
        public void RecordsInTheCallersArraysComeOutInOrderAcrossWraps()
        {
            RecordRing ring = new RecordRing("edges", 4, 12, OverflowPolicy.RejectNewest);
            int[] pins = new int[ring.Capacity];
            long[] times = new long[ring.Capacity];
            int nextWrite = 0;
            int nextRead = 0;
            for (int round = 0; round < 20; round++)
            {
                for (int i = 0; i < 3; i++)
                {
                    int slot = ring.BeginWrite();
                    Assert.IsTrue(slot >= 0);
                    pins[slot] = nextWrite;
                    times[slot] = nextWrite * 1000L;
                    ring.CommitWrite();
                    nextWrite++;
                }

                for (int i = 0; i < 3; i++)
                {
                    int slot = ring.BeginRead();
                    Assert.AreEqual(nextRead, pins[slot]);
                    Assert.AreEqual(nextRead * 1000L, times[slot]);
                    Assert.IsTrue(ring.EndRead());
                    nextRead++;
                }
            }

            Assert.AreEqual(-1, ring.BeginRead(), "empty");
            Assert.AreEqual(60, ring.TotalRead);
        }

        [TestMethod]
        public void FullRingRejectsNewRecordsAndCountsThem()
        {
            RecordRing ring = new RecordRing("edges", 2, 12, OverflowPolicy.RejectNewest);
            int[] values = new int[2];
            for (int i = 0; i < 5; i++)
            {
                int slot = ring.BeginWrite();
                if (slot >= 0)
                {
                    values[slot] = i;
                    ring.CommitWrite();
                }
            }

            Assert.AreEqual(3, ring.Rejected);
            Assert.AreEqual(0, values[ring.BeginRead()], "the oldest record survived");
            ring.EndRead();
        }

        [TestMethod]
        public void OverwriteOldestDropsTheOldestRecords()
        {
            RecordRing ring = new RecordRing("log", 4, 8, OverflowPolicy.OverwriteOldest);
            int[] values = new int[4];
            for (int i = 0; i < 10; i++)
            {
                values[ring.BeginWrite()] = i;
                ring.CommitWrite();
            }

            Assert.AreEqual(6, ring.Overwritten);
            for (int expected = 6; expected < 10; expected++)
            {
                Assert.AreEqual(expected, values[ring.BeginRead()]);
                Assert.IsTrue(ring.EndRead());
            }

            Assert.AreEqual(-1, ring.BeginRead());
        }

        [TestMethod]
        public void OutOfOrderCallsAreCountedAsFaultsAndChangeNothing()
        {
            RecordRing ring = new RecordRing("edges", 4, 12, OverflowPolicy.RejectNewest);
            ring.CommitWrite();
            Assert.IsFalse(ring.EndRead());
            Assert.AreEqual(0, ring.Count);

            ring.BeginWrite();
            Assert.AreEqual(-1, ring.BeginWrite(), "a second begin before commit");
            ring.CommitWrite();
            Assert.AreEqual(3, ring.Faults);
            Assert.AreEqual(1, ring.Count);
        }

        [TestMethod]
        public void ReportsCallerStorageForTheMemoryMap()
        {
            RecordRing ring = new RecordRing("edges", 32, 13, OverflowPolicy.RejectNewest);
            Assert.AreEqual(32 * 13, ring.StorageBytes);
            Assert.AreEqual("record ring", ring.Kind);
        }
    }
}
