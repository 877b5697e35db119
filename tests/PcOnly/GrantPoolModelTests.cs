using System;
using System.Collections.Generic;
using System.Linq;
using Keel.Pools;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>Random acquires, releases and release-alls against the grant pool and a plain model of budgets and overflow.</summary>
    [TestClass]
    public class GrantPoolModelTests
    {
        private const int Seeds = 200;
        private const int StepsPerSeed = 2000;

        [TestMethod]
        [DataRow(true)]
        [DataRow(false)]
        public void PoolAgreesWithTheModel(bool lendUnreserved)
        {
            for (int seed = 1; seed <= Seeds; seed++)
            {
                RunOneSequence(seed, lendUnreserved);
            }
        }

        private static void RunOneSequence(int seed, bool lendUnreserved)
        {
            Random random = new Random(seed);
            int owners = 1 + random.Next(5);
            int[] budgets = Enumerable.Range(0, owners).Select(_ => 1 + random.Next(5)).ToArray();
            int unreserved = random.Next(6);
            GrantPool pool = new GrantPool("model", 16, budgets.Sum() + unreserved, owners, lendUnreserved, BlockPoolOptions.None);
            for (int owner = 0; owner < owners; owner++)
            {
                Assert.AreEqual(owner, pool.AddOwner("owner" + owner, budgets[owner]));
            }

            int overflowCapacity = lendUnreserved ? unreserved : 0;
            List<int>[] held = Enumerable.Range(0, owners).Select(_ => new List<int>()).ToArray();
            int[] refused = new int[owners];
            List<int> dead = new List<int>();

            for (int step = 0; step < StepsPerSeed; step++)
            {
                string where = "seed " + seed + ", step " + step + ": ";
                int owner = random.Next(owners);
                int action = random.Next(100);
                int overflowInUse = Enumerable.Range(0, owners).Sum(o => Math.Max(0, held[o].Count - budgets[o]));
                if (action < 55)
                {
                    bool withinBudget = held[owner].Count < budgets[owner];
                    bool mayBorrow = overflowInUse < overflowCapacity;
                    int handle = pool.Acquire(owner);
                    if (withinBudget || mayBorrow)
                    {
                        Assert.AreNotEqual(PoolHandle.None, handle, where + "owner " + owner + " is owed a block");
                        held[owner].Add(handle);
                    }
                    else
                    {
                        Assert.AreEqual(PoolHandle.None, handle, where + "owner " + owner + " is past budget and overflow");
                        refused[owner]++;
                    }
                }
                else if (action < 90 && held[owner].Count > 0)
                {
                    int pick = random.Next(held[owner].Count);
                    Assert.AreEqual(PoolFault.None, pool.Release(held[owner][pick]), where + "release");
                    dead.Add(held[owner][pick]);
                    held[owner].RemoveAt(pick);
                }
                else if (action < 95)
                {
                    Assert.AreEqual(held[owner].Count, pool.ReleaseAll(owner), where + "release all");
                    dead.AddRange(held[owner]);
                    held[owner].Clear();
                }
                else if (dead.Count > 0)
                {
                    Assert.AreNotEqual(PoolFault.None, pool.Release(dead[random.Next(dead.Count)]), where + "an old handle is refused");
                }

                for (int o = 0; o < owners; o++)
                {
                    Assert.AreEqual(held[o].Count, pool.Owner(o).InUse, where + "owner " + o + " held");
                    Assert.AreEqual(refused[o], pool.Owner(o).Failures, where + "owner " + o + " refused");
                }

                Assert.AreEqual(held.Sum(h => h.Count), pool.InUse, where + "in use");
                Assert.AreEqual(Enumerable.Range(0, owners).Sum(o => Math.Max(0, held[o].Count - budgets[o])), pool.OverflowInUse, where + "overflow");
            }

            Assert.AreEqual(IntegrityProblem.None, pool.CheckIntegrity(out _), "seed " + seed);
        }
    }
}
