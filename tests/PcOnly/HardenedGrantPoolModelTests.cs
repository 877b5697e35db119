using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Keel.Pools;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>Random sequences against grant pools with guard bytes, blocks damaged in use and while free: guarantees, owner and overflow counts, quarantine and reclaims against a model.</summary>
    [TestClass]
    public class HardenedGrantPoolModelTests
    {
        private const int Seeds = 200;
        private const int StepsPerSeed = 1500;
        private const int BlockSize = 8;
        private const int Stride = BlockSize + BlockPool.GuardSize;

        [TestMethod]
        [DataRow(true, BlockPoolOptions.GuardBytes)]
        [DataRow(false, BlockPoolOptions.GuardBytes)]
        [DataRow(true, BlockPoolOptions.GuardBytes | BlockPoolOptions.FifoReuse | BlockPoolOptions.ZeroOnRelease)]
        public void PoolAgreesWithTheModel(bool lendUnreserved, BlockPoolOptions options)
        {
            for (int seed = 1; seed <= Seeds; seed++)
            {
                RunOneSequence(seed, lendUnreserved, options);
            }
        }

        private static void RunOneSequence(int seed, bool lendUnreserved, BlockPoolOptions options)
        {
            Random random = new Random(seed);
            int owners = 1 + random.Next(4);
            int[] budgets = Enumerable.Range(0, owners).Select(_ => 1 + random.Next(4)).ToArray();
            int unreserved = random.Next(5);
            int capacity = budgets.Sum() + unreserved;
            GrantPool pool = new GrantPool("model", BlockSize, capacity, owners, lendUnreserved, options);
            for (int owner = 0; owner < owners; owner++)
            {
                pool.AddOwner("owner" + owner, budgets[owner]);
            }

            int[] entries = (int[])typeof(SlotPool).GetField("_entries", BindingFlags.NonPublic | BindingFlags.Instance).GetValue(pool.Slots);
            List<int>[] held = Enumerable.Range(0, owners).Select(_ => new List<int>()).ToArray();
            int[] refused = new int[owners];
            int[] ownerHighWater = new int[owners];
            List<int> dead = new List<int>();
            int highWater = 0, overflowHighWater = 0, guards = 0, reclaims = 0, slotFailures = 0;

            for (int step = 0; step < StepsPerSeed; step++)
            {
                string where = lendUnreserved + " " + options + " seed " + seed + ", step " + step + ": ";
                int owner = random.Next(owners);
                int action = random.Next(100);
                int overflowInUse = OverflowInUse(held, budgets);
                int quarantinedBefore = pool.Slots.Quarantined;
                int expectedGrowth = 0;
                if (action < 45)
                {
                    bool withinBudget = held[owner].Count < budgets[owner];
                    bool mayBorrow = overflowInUse < pool.OverflowCapacity;
                    int damagedAhead = DamagedBeforeFirstIntact(pool, entries, out bool intactFree);
                    bool asks = withinBudget || mayBorrow;
                    int reclaimsBefore = pool.QuarantineReclaims;
                    int handle = pool.Acquire(owner);
                    if (asks)
                    {
                        expectedGrowth = damagedAhead - (withinBudget && !intactFree ? 1 : 0);
                        Assert.AreEqual(reclaimsBefore + (withinBudget && !intactFree ? 1 : 0), pool.QuarantineReclaims, where + "a reclaim only when no intact block is free");
                        reclaims += withinBudget && !intactFree ? 1 : 0;
                        guards += damagedAhead;
                        slotFailures += intactFree ? 0 : 1;
                    }
                    int quarantinedAfter = pool.Slots.Quarantined;
                    if (withinBudget)
                    {
                        Assert.AreNotEqual(PoolHandle.None, handle, where + "owner " + owner + " is owed a block");
                    }
                    else if (!mayBorrow || quarantinedAfter == quarantinedBefore)
                    {
                        Assert.AreEqual(mayBorrow, handle != PoolHandle.None, where + "owner " + owner + " borrowing");
                    }

                    if (handle != PoolHandle.None)
                    {
                        held[owner].Add(handle);
                        ownerHighWater[owner] = Math.Max(ownerHighWater[owner], held[owner].Count);
                    }
                    else
                    {
                        refused[owner]++;
                    }
                }
                else if (action < 75 && held[owner].Count > 0)
                {
                    int pick = random.Next(held[owner].Count);
                    int handle = held[owner][pick];
                    bool damage = random.Next(5) == 0;
                    if (damage)
                    {
                        pool.Arena[(handle & 0xFFFF) * Stride + BlockSize + random.Next(4)] ^= 0x3C;
                    }

                    Assert.AreEqual(damage ? PoolFault.GuardOverwritten : PoolFault.None, pool.Release(handle), where + "release");
                    expectedGrowth = damage ? 1 : 0;
                    guards += expectedGrowth;
                    dead.Add(handle);
                    held[owner].RemoveAt(pick);
                }
                else if (action < 82)
                {
                    int count = held[owner].Count;
                    Assert.AreEqual(count, pool.ReleaseAll(owner), where + "release all");
                    dead.AddRange(held[owner]);
                    held[owner].Clear();
                }
                else if (action < 90)
                {
                    int slot = random.Next(capacity);
                    int low = entries[slot] & 0xFFFF;
                    if (low != slot && low != 0xFFFE)
                    {
                        pool.Arena[slot * Stride + BlockSize + 1] ^= 0x81;
                    }
                }
                else if (action < 96 && dead.Count > 0)
                {
                    int before = pool.Slots.StaleHandles + pool.Slots.DoubleReleases;
                    Assert.AreNotEqual(PoolFault.None, pool.Release(dead[random.Next(dead.Count)]), where + "an old handle is refused");
                    Assert.AreEqual(before + 1, pool.Slots.StaleHandles + pool.Slots.DoubleReleases, where + "counted as stale or double");
                }
                else if (action < 98)
                {
                    pool.ResetStatistics();
                    highWater = held.Sum(h => h.Count);
                    overflowHighWater = OverflowInUse(held, budgets);
                    for (int o = 0; o < owners; o++)
                    {
                        refused[o] = 0;
                        ownerHighWater[o] = held[o].Count;
                    }

                    guards = reclaims = slotFailures = 0;
                    quarantinedBefore = pool.Slots.Quarantined;
                }

                Assert.AreEqual(quarantinedBefore + expectedGrowth, pool.Slots.Quarantined, where + "quarantined");

                int inUse = held.Sum(h => h.Count);
                highWater = Math.Max(highWater, inUse);
                overflowHighWater = Math.Max(overflowHighWater, OverflowInUse(held, budgets));
                for (int o = 0; o < owners; o++)
                {
                    Assert.AreEqual(held[o].Count, pool.Owner(o).InUse, where + "owner " + o + " held");
                    Assert.AreEqual(refused[o], pool.Owner(o).Failures, where + "owner " + o + " refused");
                    Assert.AreEqual(ownerHighWater[o], pool.Owner(o).HighWater, where + "owner " + o + " high water");
                }

                Assert.AreEqual(refused.Sum(), pool.Failures, where + "failures");
                Assert.AreEqual(inUse, pool.InUse, where + "in use");
                Assert.AreEqual(capacity, pool.InUse + pool.Slots.Free + pool.Slots.Quarantined, where + "in use + free + quarantined");
                Assert.AreEqual(highWater, pool.HighWater, where + "high water");
                Assert.AreEqual(OverflowInUse(held, budgets), pool.OverflowInUse, where + "overflow");
                Assert.AreEqual(overflowHighWater, pool.OverflowHighWater, where + "overflow high water");
                Assert.AreEqual(guards, pool.Slots.GuardOverwrites, where + "guard overwrites (action " + action + ", q " + quarantinedBefore + "->" + pool.Slots.Quarantined + ", reclaims " + pool.QuarantineReclaims + ")");
                Assert.AreEqual(reclaims, pool.QuarantineReclaims, where + "reclaims");
                Assert.AreEqual(slotFailures, pool.Slots.Failures, where + "the block pool counts each refusal once");
                Assert.AreEqual(inUse * BlockSize, pool.GrantedBytes, where + "granted bytes");
            }
        }

        /// <summary>Damaged blocks at the front of the free list, before the first intact one (all of them when none is intact).</summary>
        private static int DamagedBeforeFirstIntact(GrantPool pool, int[] entries, out bool intactFree)
        {
            int index = (int)typeof(SlotPool).GetField("_freeHead", BindingFlags.NonPublic | BindingFlags.Instance).GetValue(pool.Slots);
            int damaged = 0;
            intactFree = false;
            while (index != 0xFFFF)
            {
                int at = index * Stride + BlockSize;
                bool intact = pool.Arena[at] == 0xA5 && pool.Arena[at + 1] == 0xA5 && pool.Arena[at + 2] == 0xA5 && pool.Arena[at + 3] == 0xA5;
                if (intact)
                {
                    intactFree = true;
                    break;
                }

                damaged++;
                index = entries[index] & 0xFFFF;
            }

            return damaged;
        }

        private static int OverflowInUse(List<int>[] held, int[] budgets)
        {
            int sum = 0;
            for (int o = 0; o < held.Length; o++)
            {
                sum += Math.Max(0, held[o].Count - budgets[o]);
            }

            return sum;
        }
    }
}
