using System;
using System.Collections.Generic;
using Keel.Pools;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>Random single-thread sequences of byte and record ring calls against a plain queue model: contents, order and every counter.</summary>
    [TestClass]
    public class RingModelTests
    {
        private const int Seeds = 300;
        private const int StepsPerSeed = 2000;

        [TestMethod]
        [DataRow(OverflowPolicy.RejectNewest)]
        [DataRow(OverflowPolicy.OverwriteOldest)]
        public void ByteRingAgreesWithTheModel(OverflowPolicy policy)
        {
            for (int seed = 1; seed <= Seeds; seed++)
            {
                Random random = new Random(seed);
                int capacity = 2 << random.Next(5);
                ByteRing ring = new ByteRing("model", capacity, policy);
                Queue<byte> model = new Queue<byte>();
                long written = 0, read = 0, lost = 0, rejected = 0;
                int highWater = 0;
                byte next = 0;
                byte[] buffer = new byte[3 * capacity];
                for (int step = 0; step < StepsPerSeed; step++)
                {
                    string where = policy + " seed " + seed + ", step " + step + ": ";
                    int action = random.Next(100);
                    if (action < 30)
                    {
                        bool accepted = ring.Write(next);
                        Offer(model, next, capacity, policy, ref lost, ref rejected, out bool modelAccepted);
                        Assert.AreEqual(modelAccepted, accepted, where + "single write");
                        written++;
                        next++;
                    }
                    else if (action < 50)
                    {
                        int count = random.Next(buffer.Length);
                        for (int i = 0; i < count; i++)
                        {
                            buffer[i] = (byte)(next + i);
                        }

                        int queued = ring.Write(buffer, 0, count);
                        int modelQueued = 0;
                        for (int i = 0; i < count; i++)
                        {
                            Offer(model, (byte)(next + i), capacity, policy, ref lost, ref rejected, out bool ok);
                            modelQueued += ok ? 1 : 0;
                        }

                        Assert.AreEqual(modelQueued, queued, where + "batch write of " + count);
                        written += count;
                        next = (byte)(next + count);
                    }
                    else if (action < 75)
                    {
                        bool got = ring.TryRead(out byte value);
                        Assert.AreEqual(model.Count > 0, got, where + "single read");
                        if (got)
                        {
                            Assert.AreEqual(model.Dequeue(), value, where + "single read value");
                            read++;
                        }
                    }
                    else
                    {
                        int count = random.Next(buffer.Length);
                        int got = ring.Read(buffer, 0, count);
                        Assert.AreEqual(Math.Min(count, model.Count), got, where + "batch read of " + count);
                        for (int i = 0; i < got; i++)
                        {
                            Assert.AreEqual(model.Dequeue(), buffer[i], where + "batch read value " + i);
                        }

                        read += got;
                    }

                    highWater = Math.Max(highWater, model.Count);
                    Assert.AreEqual(model.Count, ring.Count, where + "count");
                    Assert.AreEqual(read, ring.TotalRead, where + "read");
                    Assert.AreEqual(lost, ring.Overwritten, where + "overwritten");
                    Assert.AreEqual(rejected, ring.Rejected, where + "rejected");
                    Assert.AreEqual(written - rejected, ring.TotalWritten, where + "written");
                    Assert.AreEqual(ring.TotalWritten, ring.TotalRead + ring.Overwritten + ring.Count, where + "read + overwritten + queued = written");
                    Assert.AreEqual(highWater, ring.HighWater, where + "high water");
                    Assert.AreEqual(IntegrityProblem.None, ring.CheckIntegrity(out _), where + "integrity");
                }
            }
        }

        [TestMethod]
        [DataRow(OverflowPolicy.RejectNewest)]
        [DataRow(OverflowPolicy.OverwriteOldest)]
        public void RecordRingAgreesWithTheModel(OverflowPolicy policy)
        {
            for (int seed = 1; seed <= Seeds; seed++)
            {
                Random random = new Random(seed);
                int capacity = 2 << random.Next(5);
                RecordRing ring = new RecordRing("model", capacity, 4, policy);
                int[] values = new int[capacity];
                Queue<int> model = new Queue<int>();
                long written = 0, read = 0, lost = 0, rejected = 0;
                int highWater = 0;
                int next = 0;
                for (int step = 0; step < StepsPerSeed; step++)
                {
                    string where = policy + " seed " + seed + ", step " + step + ": ";
                    if (random.Next(100) < 55)
                    {
                        int slot = ring.BeginWrite();
                        bool full = model.Count == capacity;
                        if (full && policy == OverflowPolicy.RejectNewest)
                        {
                            Assert.AreEqual(-1, slot, where + "a full ring refuses");
                            rejected++;
                        }
                        else
                        {
                            Assert.IsTrue(slot >= 0, where + "a write is granted");
                            values[slot] = next;
                            ring.CommitWrite();
                            if (full)
                            {
                                model.Dequeue();
                                lost++;
                            }

                            model.Enqueue(next);
                            next++;
                        }

                        written++;
                    }
                    else
                    {
                        int slot = ring.BeginRead();
                        Assert.AreEqual(model.Count > 0, slot >= 0, where + "read");
                        if (slot >= 0)
                        {
                            int value = values[slot];
                            Assert.IsTrue(ring.EndRead(), where + "no producer ran meanwhile");
                            Assert.AreEqual(model.Dequeue(), value, where + "read value");
                            read++;
                        }
                    }

                    highWater = Math.Max(highWater, model.Count);
                    Assert.AreEqual(model.Count, ring.Count, where + "count");
                    Assert.AreEqual(read, ring.TotalRead, where + "read");
                    Assert.AreEqual(lost, ring.Overwritten, where + "overwritten");
                    Assert.AreEqual(rejected, ring.Rejected, where + "rejected");
                    Assert.AreEqual(written - rejected, ring.TotalWritten, where + "written");
                    Assert.AreEqual(highWater, ring.HighWater, where + "high water");
                }
            }
        }

        private static void Offer(Queue<byte> model, byte value, int capacity, OverflowPolicy policy, ref long lost, ref long rejected, out bool accepted)
        {
            accepted = true;
            if (model.Count == capacity)
            {
                if (policy == OverflowPolicy.RejectNewest)
                {
                    rejected++;
                    accepted = false;
                    return;
                }

                model.Dequeue();
                lost++;
            }

            model.Enqueue(value);
        }
    }
}
