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
        [TestMethod]
        [DataRow(OverflowPolicy.RejectNewest)]
        [DataRow(OverflowPolicy.OverwriteOldest)]
        public void ItemsPassInOrderAcrossTheCounterWrap(OverflowPolicy policy)
        {
            ByteRing ring = new ByteRing("wrap", 8, policy);
            SetCounters(ring, int.MaxValue - 20, int.MaxValue - 20, int.MaxValue - 20, int.MaxValue - 20);

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
        public void AConsumerIdleWhileTheProducerOverwroteBillionsReadsOnlyWhatIsThere()
        {
            // The state a log ring reaches when nobody drains it for days: the producer has moved
            // the head 2^31 + 16 past the consumer's cached tail, and two records are queued.
            RecordRing ring = new RecordRing("log", 64, 8, OverflowPolicy.OverwriteOldest);
            int cachedTail = 1000;
            int head = unchecked(cachedTail + int.MinValue + 16);
            SetCounters(ring, head, unchecked(head + 2), cachedTail, head);

            Assert.AreEqual(2, ring.Count);
            int read = 0;
            while (ring.BeginRead() >= 0)
            {
                Assert.IsTrue(ring.EndRead());
                read++;
                Assert.IsTrue(read <= 2, "the ring delivered a record that was never written");
            }

            Assert.AreEqual(2, read);
            Assert.AreEqual(IntegrityProblem.None, ring.CheckIntegrity(out _));
        }

        [TestMethod]
        public void ABatchReadLargerThanTheRingNeverReturnsMoreThanIsThere()
        {
            ByteRing ring = new ByteRing("log", 16, OverflowPolicy.OverwriteOldest);
            int cachedTail = 5;
            int head = unchecked(cachedTail + int.MinValue + 3);
            SetCounters(ring, head, unchecked(head + 16), cachedTail, head);

            byte[] buffer = new byte[64];
            Assert.AreEqual(16, ring.Read(buffer, 0, 64));
            Assert.AreEqual(0, ring.Read(buffer, 0, 64));
        }

        private static void SetCounters(Ring ring, int head, int tail, int consumerTailCache, int producerHeadCache)
        {
            Set(ring, "_head", head);
            Set(ring, "_tail", tail);
            Set(ring, "_consumerTailCache", consumerTailCache);
            Set(ring, "_producerHeadCache", producerHeadCache);
        }

        private static void Set(Ring ring, string field, int value)
        {
            typeof(Ring).GetField(field, BindingFlags.NonPublic | BindingFlags.Instance).SetValue(ring, value);
        }
    }
}
