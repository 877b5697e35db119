using System.Reflection;
using Keel.Pools;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>
    /// Ring counters are free-running 32-bit values: months of traffic wrap them. These tests
    /// place the counters near the wrap (as billions of items would) and check the ring still
    /// counts, orders and refuses correctly.
    /// </summary>
    [TestClass]
    public class RingCounterWrapTests
    {
        // Ring.FarBehind: how far an absent consumer may trail before the producer moves its head.
        private const int FarBehind = 0x40000000;

        [TestMethod]
        [DataRow(OverflowPolicy.RejectNewest)]
        [DataRow(OverflowPolicy.OverwriteOldest)]
        public void ItemsPassInOrderAcrossTheCounterWrap(OverflowPolicy policy)
        {
            ByteRing ring = new ByteRing("wrap", 8, policy);
            SetCounters(ring, int.MaxValue - 20, int.MaxValue - 20, int.MaxValue - 20);

            int next = 0;
            int expected = 0;
            for (int round = 0; round < 20; round++)
            {
                for (int i = 0; i < 5; i++)
                {
                    Assert.IsTrue(ring.Write((byte)next++));
                }

                Assert.AreEqual(5, ring.Count);
                for (int i = 0; i < 5; i++)
                {
                    Assert.IsTrue(ring.TryRead(out byte value));
                    Assert.AreEqual((byte)expected++, value);
                }
            }

            Assert.AreEqual(IntegrityProblem.None, ring.CheckIntegrity(out _));
        }

        [TestMethod]
        public void AConsumerAwayForBillionsOfItemsIsBroughtUpAndReadsOnlyTheNewest()
        {
            // The state a log ring reaches when nobody drains it for days: the tail is almost 2^30
            // items past the head, and the producer's floor says all but the newest 64 are gone.
            RecordRing ring = new RecordRing("log", 64, 8, OverflowPolicy.OverwriteOldest);
            int[] values = new int[ring.Capacity];
            int head = int.MaxValue - 100;
            int tail = unchecked(head + FarBehind - 3);
            SetCounters(ring, head, tail, unchecked(tail - 64));
            long lostBefore = FarBehind - 3 - 64;
            Assert.AreEqual(lostBefore, ring.Overwritten);

            for (int i = 0; i < 10; i++)
            {
                values[ring.BeginWrite()] = i;
                ring.CommitWrite();
            }

            Assert.AreEqual(lostBefore + 10, ring.Overwritten, "nothing counted twice when the producer moves the head");
            int read = 0;
            int slot;
            while ((slot = ring.BeginRead()) >= 0)
            {
                int value = values[slot];
                Assert.IsTrue(ring.EndRead());
                read++;
                Assert.IsTrue(read <= 64, "the ring delivered a record that was never written");
                if (read > 54)
                {
                    Assert.AreEqual(read - 55, value, "the newest records come last, in order");
                }
            }

            Assert.AreEqual(64, read);
            Assert.AreEqual(lostBefore + 10, ring.Overwritten);
            Assert.AreEqual(ring.TotalWritten, ring.TotalRead + ring.Overwritten);
            Assert.AreEqual(IntegrityProblem.None, ring.CheckIntegrity(out _));
        }

        [TestMethod]
        public void AFloorUntouchedFor2To31ItemsIsNotMistakenForALoss()
        {
            // No overwrite for 2^31 items: the old floor now reads as ahead of the head.
            ByteRing ring = new ByteRing("log", 16, OverflowPolicy.OverwriteOldest);
            int head = 5;
            SetCounters(ring, head, head + 16, unchecked(head - int.MaxValue - 6));
            Assert.AreEqual(0, ring.Overwritten);

            byte[] buffer = new byte[64];
            Assert.AreEqual(16, ring.Read(buffer, 0, 64));
            Assert.AreEqual(0, ring.Read(buffer, 0, 64));
            Assert.AreEqual(0, ring.Overwritten);
            Assert.IsTrue(ring.Write((byte)1));
            Assert.IsTrue(ring.TryRead(out byte value));
            Assert.AreEqual((byte)1, value);
            Assert.AreEqual(0, ring.Overwritten);
        }

        private static void SetCounters(Ring ring, int head, int tail, int floor)
        {
            Set(ring, "_head", head);
            Set(ring, "_tail", tail);
            Set(ring, "_floor", floor);

            // As the producer does when it moves the floor: the consumer then looks at it.
            Set(ring, "_overwrites", 1);
        }

        private static void Set(Ring ring, string field, int value)
        {
            typeof(Ring).GetField(field, BindingFlags.NonPublic | BindingFlags.Instance).SetValue(ring, value);
        }
    }
}
