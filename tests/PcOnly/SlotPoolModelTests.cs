using System;
using System.Collections.Generic;
using Keel.Pools;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>Random operation sequences against the slot pool (stack and FIFO reuse) and a plain reference model; any disagreement fails with the seed.</summary>
    [TestClass]
    public class SlotPoolModelTests
    {
        private const int Seeds = 300;
        private const int StepsPerSeed = 3000;

        [TestMethod]
        public void PoolAgreesWithTheModelOverRandomSequences()
        {
            for (int seed = 1; seed <= Seeds; seed++)
            {
                RunOneSequence(seed);
            }
        }

        private static void RunOneSequence(int seed)
        {
            Random random = new Random(seed);
            int capacity = 1 + random.Next(40);
            bool fifo = seed % 2 == 0;
            SlotPool pool = new SlotPool("model", capacity, 4, fifo);

            // The model: which handles are live, the last handle each slot gave out, and whether
            // that handle has been released; plus the counters the pool must agree with.
            List<int> live = new List<int>();
            List<int> released = new List<int>();
            Dictionary<int, int> lastHandleOfSlot = new Dictionary<int, int>();
            Dictionary<int, int> slotOfHandle = new Dictionary<int, int>();
            int highWater = 0, failures = 0, stale = 0, doubles = 0, invalid = 0;

            for (int step = 0; step < StepsPerSeed; step++)
            {
                string where = (fifo ? "fifo " : "stack ") + "seed " + seed + ", step " + step + ": ";
                int action = random.Next(100);
                if (action < 45)
                {
                    int handle = pool.Acquire();
                    if (live.Count == capacity)
                    {
                        Assert.AreEqual(PoolHandle.None, handle, where + "a full pool must return None");
                        failures++;
                    }
                    else
                    {
                        Assert.AreNotEqual(PoolHandle.None, handle, where + "a pool with free slots must give one");
                        int slot = pool.IndexOf(handle);
                        Assert.IsTrue(slot >= 0 && slot < capacity, where + "slot in range");
                        foreach (int other in live)
                        {
                            Assert.AreNotEqual(slot, slotOfHandle[other], where + "slot handed out twice");
                        }

                        live.Add(handle);
                        slotOfHandle[handle] = slot;
                        lastHandleOfSlot[slot] = handle;
                        highWater = Math.Max(highWater, live.Count);
                    }
                }
                else if (action < 85 && live.Count > 0)
                {
                    int handle = live[random.Next(live.Count)];
                    Assert.AreEqual(PoolFault.None, pool.Release(handle), where + "releasing a live handle");
                    live.Remove(handle);
                    released.Add(handle);
                }
                else if (action < 95 && released.Count > 0)
                {
                    int handle = released[random.Next(released.Count)];
                    int slot = slotOfHandle[handle];
                    bool slotIsFree = !live.Exists(h => slotOfHandle[h] == slot);
                    PoolFault expected = slotIsFree && lastHandleOfSlot[slot] == handle ? PoolFault.DoubleRelease : PoolFault.StaleHandle;
                    Assert.AreEqual(expected, pool.Release(handle), where + "releasing an old handle");
                    if (expected == PoolFault.DoubleRelease)
                    {
                        doubles++;
                    }
                    else
                    {
                        stale++;
                    }
                }
                else if (action < 98)
                {
                    Assert.AreEqual(PoolFault.InvalidHandle, pool.Release(PoolHandle.None), where + "releasing None");
                    invalid++;
                }
                else
                {
                    // A reset brings the mark down to what is in use and zeroes the counters.
                    pool.ResetStatistics();
                    highWater = live.Count;
                    failures = stale = doubles = invalid = 0;
                }

                Assert.AreEqual(live.Count, pool.InUse, where + "in use");
                Assert.AreEqual(highWater, pool.HighWater, where + "high water");
                Assert.AreEqual(failures, pool.Failures, where + "failures");
                Assert.AreEqual(stale, pool.StaleHandles, where + "stale");
                Assert.AreEqual(doubles, pool.DoubleReleases, where + "double releases");
                Assert.AreEqual(invalid, pool.InvalidHandles, where + "invalid");
            }

            Assert.AreEqual(IntegrityProblem.None, pool.CheckIntegrity(out _), "seed " + seed + ": integrity after the sequence");
            foreach (int handle in live)
            {
                Assert.IsTrue(pool.IsCurrent(handle), "seed " + seed + ": live handle still current");
            }
        }
    }
}
