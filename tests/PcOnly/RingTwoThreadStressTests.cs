using System;
using System.Diagnostics;
using System.Threading;
using Keel.Pools;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>
    /// A producer thread and a consumer thread move ten million items through each ring.
    /// RejectNewest: nothing lost, duplicated or reordered. OverwriteOldest: what arrives is in
    /// order and intact, and received + overwritten = sent.
    /// </summary>
    [TestClass]
    public class RingTwoThreadStressTests
    {
        private const int Items = 10000000;
        private static readonly TimeSpan Limit = TimeSpan.FromSeconds(300);

        [TestMethod]
        public void ByteRingRejectNewestBatchesArriveExactlyOnceInOrder()
        {
            ByteRing ring = new ByteRing("stress", 256, OverflowPolicy.RejectNewest);
            Thread producer = Start(() =>
            {
                byte[] chunk = new byte[64];
                int sent = 0;
                while (sent < Items)
                {
                    int size = Math.Min(1 + (sent % 61), Items - sent);
                    for (int i = 0; i < size; i++)
                    {
                        chunk[i] = (byte)(sent + i);
                    }

                    int offset = 0;
                    while (offset < size)
                    {
                        int written = ring.Write(chunk, offset, size - offset);
                        offset += written;
                        if (written == 0)
                        {
                            Thread.Yield();
                        }
                    }

                    sent += size;
                }
            });

            byte[] buffer = new byte[97];
            int received = 0;
            Stopwatch clock = Stopwatch.StartNew();
            while (received < Items)
            {
                int count = ring.Read(buffer, 0, 1 + (received % 97));
                for (int i = 0; i < count; i++)
                {
                    if (buffer[i] != (byte)(received + i))
                    {
                        Assert.Fail("byte " + (received + i) + " came out as " + buffer[i] + ": lost, duplicated or reordered");
                    }
                }

                received += count;
                if (count == 0)
                {
                    Thread.Yield();
                }

                FailIfSlow(clock, received);
            }

            producer.Join();
            Assert.AreEqual(Items, received);
            Assert.AreEqual(Items, ring.TotalWritten);
            Assert.AreEqual(Items, ring.TotalRead);
            Assert.AreEqual(0, ring.Count);
            Assert.AreEqual(0, ring.Overwritten);
            Assert.AreEqual(IntegrityProblem.None, ring.CheckIntegrity(out _));
        }

        [TestMethod]
        public void ByteRingOverwriteOldestCountsEveryLostByte()
        {
            ByteRing ring = new ByteRing("stress", 64, OverflowPolicy.OverwriteOldest);
            bool done = false;
            Thread producer = Start(() =>
            {
                for (int i = 0; i < Items; i++)
                {
                    ring.Write((byte)i);
                }

                Volatile.Write(ref done, true);
            });

            long received = 0;
            long measuredGaps = 0;
            int expected = 0;
            Stopwatch clock = Stopwatch.StartNew();
            while (true)
            {
                bool finished = Volatile.Read(ref done);
                byte value;
                if (ring.TryRead(out value))
                {
                    // Bytes repeat every 256, so a gap is known modulo 256 only: the sum of the gaps
                    // must match the overwritten count modulo 256. A torn or repeated byte breaks it.
                    int gap = (value - expected) & 0xFF;
                    measuredGaps += gap;
                    expected = (value + 1) & 0xFF;
                    received++;
                }
                else if (finished)
                {
                    break;
                }

                FailIfSlow(clock, received);
            }

            producer.Join();
            Assert.AreEqual((long)Items, received + ring.Overwritten, "every byte was read or counted as overwritten");
            Assert.AreEqual(0L, (measuredGaps - ring.Overwritten) % 256);
            Assert.AreEqual(Items, ring.TotalWritten);
            Assert.IsTrue(ring.Overwritten > 0, "the consumer fell behind at least once, so overwriting was exercised");
        }

        [TestMethod]
        public void ByteRingOverwriteOldestBatchesNeverDeliverTornOrExtraBytes()
        {
            // Batches of up to twice the capacity both ways: reads must stay within what is there,
            // and every byte is read or counted as overwritten.
            ByteRing ring = new ByteRing("stress", 64, OverflowPolicy.OverwriteOldest);
            bool done = false;
            Thread producer = Start(() =>
            {
                byte[] chunk = new byte[128];
                int sent = 0;
                while (sent < Items)
                {
                    int size = Math.Min(1 + (sent % 127), Items - sent);
                    for (int i = 0; i < size; i++)
                    {
                        chunk[i] = (byte)(sent + i);
                    }

                    ring.Write(chunk, 0, size);
                    sent += size;
                }

                Volatile.Write(ref done, true);
            });

            byte[] buffer = new byte[128];
            long received = 0;
            long measuredGaps = 0;
            int expected = 0;
            Stopwatch clock = Stopwatch.StartNew();
            while (true)
            {
                bool finished = Volatile.Read(ref done);
                int count = ring.Read(buffer, 0, 1 + (int)(received % 128));
                Assert.IsTrue(count <= ring.Capacity, "a read returned more than the ring holds");
                for (int i = 0; i < count; i++)
                {
                    measuredGaps += (buffer[i] - expected) & 0xFF;
                    expected = (buffer[i] + 1) & 0xFF;
                }

                received += count;
                if (count == 0 && finished)
                {
                    break;
                }

                FailIfSlow(clock, received);
            }

            producer.Join();
            Assert.AreEqual((long)Items, received + ring.Overwritten, "every byte was read or counted as overwritten");
            Assert.AreEqual(0L, (measuredGaps - ring.Overwritten) % 256, "within a batch, bytes are consecutive");
        }

        [TestMethod]
        public void RecordRingRejectNewestRecordsArriveExactlyOnceInOrder()
        {
            RecordRing ring = new RecordRing("stress", 128, 12, OverflowPolicy.RejectNewest);
            int[] sequence = new int[ring.Capacity];
            long[] check = new long[ring.Capacity];
            Thread producer = Start(() =>
            {
                for (int i = 0; i < Items; i++)
                {
                    int slot;
                    while ((slot = ring.BeginWrite()) < 0)
                    {
                        Thread.Yield();
                    }

                    sequence[slot] = i;
                    check[slot] = ~(long)i;
                    ring.CommitWrite();
                }
            });

            int received = 0;
            Stopwatch clock = Stopwatch.StartNew();
            while (received < Items)
            {
                int slot = ring.BeginRead();
                if (slot >= 0)
                {
                    int value = sequence[slot];
                    long guard = check[slot];
                    Assert.IsTrue(ring.EndRead());
                    if (value != received || guard != ~(long)received)
                    {
                        Assert.Fail("record " + received + " came out as " + value + ": lost, duplicated, reordered or torn");
                    }

                    received++;
                }
                else
                {
                    Thread.Yield();
                }

                FailIfSlow(clock, received);
            }

            producer.Join();
            Assert.AreEqual(Items, ring.TotalRead);
            Assert.IsTrue(ring.Rejected > 0, "the producer met a full ring at least once");
        }

        [TestMethod]
        public void RecordRingOverwriteOldestDeliversIntactRecordsInOrderAndCountsTheRest()
        {
            RecordRing ring = new RecordRing("stress", 32, 12, OverflowPolicy.OverwriteOldest);
            int[] sequence = new int[ring.Capacity];
            long[] check = new long[ring.Capacity];
            bool done = false;
            Thread producer = Start(() =>
            {
                for (int i = 0; i < Items; i++)
                {
                    int slot = ring.BeginWrite();
                    sequence[slot] = i;
                    check[slot] = ~(long)i;
                    ring.CommitWrite();
                }

                Volatile.Write(ref done, true);
            });

            long received = 0;
            long discarded = 0;
            int last = -1;
            Stopwatch clock = Stopwatch.StartNew();
            while (true)
            {
                bool finished = Volatile.Read(ref done);
                int slot = ring.BeginRead();
                if (slot >= 0)
                {
                    int value = sequence[slot];
                    long guard = check[slot];
                    if (!ring.EndRead())
                    {
                        discarded++;
                        continue;
                    }

                    if (value <= last || guard != ~(long)value)
                    {
                        Assert.Fail("record " + value + " after " + last + ": duplicated, reordered or torn");
                    }

                    last = value;
                    received++;
                }
                else if (finished)
                {
                    break;
                }

                FailIfSlow(clock, received);
            }

            producer.Join();
            Assert.AreEqual((long)Items, received + ring.Overwritten, "every record was read or counted as overwritten");
            Assert.AreEqual(Items - 1, last, "the newest record is never lost");
            Assert.AreEqual(received, (long)ring.TotalRead);
        }

        private static Thread Start(ThreadStart body)
        {
            Thread thread = new Thread(body) { IsBackground = true, Name = "producer" };
            thread.Start();
            return thread;
        }

        private static void FailIfSlow(Stopwatch clock, long progress)
        {
            if (clock.Elapsed > Limit)
            {
                Assert.Fail("no completion within " + Limit.TotalSeconds + " s (at item " + progress + "): the ring stalled");
            }
        }
    }
}
