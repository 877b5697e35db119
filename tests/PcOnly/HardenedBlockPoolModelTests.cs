using System;
using System.Collections.Generic;
using System.Reflection;
using Keel.Pools;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>Random sequences against hardened block pools (guard bytes, zeroing, FIFO reuse) with blocks damaged in use and while free; any disagreement with the model fails with the seed.</summary>
    [TestClass]
    public class HardenedBlockPoolModelTests
    {
        private const int Seeds = 200;
        private const int StepsPerSeed = 1500;

        [TestMethod]
        [DataRow(BlockPoolOptions.GuardBytes)]
        [DataRow(BlockPoolOptions.GuardBytes | BlockPoolOptions.ZeroOnRelease)]
        [DataRow(BlockPoolOptions.GuardBytes | BlockPoolOptions.FifoReuse)]
        [DataRow(BlockPoolOptions.ZeroOnRelease | BlockPoolOptions.FifoReuse)]
        [DataRow(BlockPoolOptions.FifoReuse)]
        public void PoolAgreesWithTheModel(BlockPoolOptions options)
        {
            for (int seed = 1; seed <= Seeds; seed++)
            {
                RunOneSequence(seed, options);
            }
        }

        private static void RunOneSequence(int seed, BlockPoolOptions options)
        {
            Random random = new Random(seed);
            int capacity = 1 + random.Next(20);
            const int blockSize = 8;
            bool guard = (options & BlockPoolOptions.GuardBytes) != 0;
            int stride = blockSize + (guard ? BlockPool.GuardSize : 0);
            BlockPool pool = new BlockPool("model", blockSize, capacity, options);
            int[] entries = (int[])typeof(SlotPool).GetField("_entries", BindingFlags.NonPublic | BindingFlags.Instance).GetValue(pool);

            List<int> live = new List<int>();
            List<int> released = new List<int>();
            Dictionary<int, int> lastHandleOfSlot = new Dictionary<int, int>();
            int highWater = 0, failures = 0, stale = 0, doubles = 0, guards = 0;

            for (int step = 0; step < StepsPerSeed; step++)
            {
                string where = options + " seed " + seed + ", step " + step + ": ";
                int quarantinedBefore = pool.Quarantined;
                int action = random.Next(100);
                if (action < 40)
                {
                    int handle = pool.Acquire();
                    int newlyQuarantined = pool.Quarantined - quarantinedBefore;
                    guards += newlyQuarantined;
                    if (handle == PoolHandle.None)
                    {
                        Assert.AreEqual(capacity, live.Count + pool.Quarantined, where + "None only when every block is taken or quarantined");
                        failures++;
                    }
                    else
                    {
                        int slot = pool.Slots.IndexOf(handle);
                        Assert.IsTrue(slot >= 0, where + "a fresh handle is current");
                        Assert.IsFalse(live.Exists(h => (h & 0xFFFF) == slot), where + "slot handed out twice");
                        live.Add(handle);
                        lastHandleOfSlot[slot] = handle;
                        highWater = Math.Max(highWater, live.Count);
                        if ((options & BlockPoolOptions.ZeroOnRelease) != 0)
                        {
                            for (int i = 0; i < blockSize; i++)
                            {
                                Assert.AreEqual((byte)0, pool.Arena[slot * stride + i], where + "zeroed block");
                            }
                        }

                        pool.Arena[slot * stride] = 0x5A;
                    }
                }
                else if (action < 75 && live.Count > 0)
                {
                    int handle = live[random.Next(live.Count)];
                    bool damage = guard && random.Next(6) == 0;
                    if (damage)
                    {
                        pool.Arena[(handle & 0xFFFF) * stride + blockSize + random.Next(4)] ^= 0xFF;
                    }

                    PoolFault fault = pool.Release(handle);
                    Assert.AreEqual(damage ? PoolFault.GuardOverwritten : PoolFault.None, fault, where + "releasing a live handle");
                    if (damage)
                    {
                        guards++;
                    }

                    live.Remove(handle);
                    released.Add(handle);
                }
                else if (action < 85 && released.Count > 0)
                {
                    int handle = released[random.Next(released.Count)];
                    int slot = handle & 0xFFFF;
                    int low = entries[slot] & 0xFFFF;
                    bool slotIsFree = low != slot && low != 0xFFFE;
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
                else if (action < 93 && guard)
                {
                    // Damage a free block's guard: the next acquire that reaches it quarantines it.
                    int slot = random.Next(capacity);
                    int low = entries[slot] & 0xFFFF;
                    if (low != slot && low != 0xFFFE)
                    {
                        pool.Arena[slot * stride + blockSize] ^= 0x0F;
                    }
                }
                else if (action < 97)
                {
                    pool.ResetStatistics();
                    highWater = live.Count;
                    failures = stale = doubles = guards = 0;
                }
                else
                {
                    // Damaged free blocks not reached yet are rightly reported; otherwise the walk must pass.
                    bool pending = false;
                    for (int slot = 0; guard && slot < capacity; slot++)
                    {
                        int low = entries[slot] & 0xFFFF;
                        int at = slot * stride + blockSize;
                        bool intact = pool.Arena[at] == 0xA5 && pool.Arena[at + 1] == 0xA5 && pool.Arena[at + 2] == 0xA5 && pool.Arena[at + 3] == 0xA5;
                        pending |= low != 0xFFFE && !intact;
                    }

                    Assert.AreEqual(pending ? IntegrityProblem.GuardOverwritten : IntegrityProblem.None, pool.CheckIntegrity(out _), where + "integrity");
                }

                Assert.AreEqual(live.Count, pool.InUse, where + "in use");
                Assert.AreEqual(capacity, pool.InUse + pool.Free + pool.Quarantined, where + "in use + free + quarantined");
                Assert.AreEqual(highWater, pool.HighWater, where + "high water");
                Assert.AreEqual(failures, pool.Failures, where + "failures");
                Assert.AreEqual(stale, pool.StaleHandles, where + "stale");
                Assert.AreEqual(doubles, pool.DoubleReleases, where + "double releases");
                Assert.AreEqual(guards, pool.GuardOverwrites, where + "guard overwrites");
            }
        }
    }
}
