using System;
using System.Collections.Generic;
using System.Linq;
using Keel.Pools;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>Random acquire/release sequences against the size-class pool and a plain model of per-class counts and fallbacks.</summary>
    [TestClass]
    public class SizeClassPoolModelTests
    {
        private const int Seeds = 200;
        private const int StepsPerSeed = 2000;

        [TestMethod]
        [DataRow(true, BlockPoolOptions.None)]
        [DataRow(false, BlockPoolOptions.None)]
        [DataRow(true, BlockPoolOptions.GuardBytes | BlockPoolOptions.FifoReuse)]
        [DataRow(false, BlockPoolOptions.GuardBytes | BlockPoolOptions.ZeroOnRelease)]
        public void PoolAgreesWithTheModel(bool fallBack, BlockPoolOptions options)
        {
            for (int seed = 1; seed <= Seeds; seed++)
            {
                RunOneSequence(seed, fallBack, options);
            }
        }

        private static void RunOneSequence(int seed, bool fallBack, BlockPoolOptions options)
        {
            bool guard = (options & BlockPoolOptions.GuardBytes) != 0;
            Random random = new Random(seed);
            int classes = 1 + random.Next(5);
            int[] sizes = new int[classes];
            int[] counts = new int[classes];
            for (int i = 0; i < classes; i++)
            {
                sizes[i] = (i == 0 ? 8 : sizes[i - 1]) * (2 + random.Next(2));
                counts[i] = 1 + random.Next(6);
            }

            SizeClassPool pool = new SizeClassPool("model", sizes, counts, fallBack, options);
            int[] used = new int[classes];
            int[] fallbacks = new int[classes];

            // Blocks whose guard was found overwritten on release: withdrawn from their class for good.
            int[] quarantined = new int[classes];
            List<(int Handle, int Class, int Length)> live = new List<(int, int, int)>();
            int failures = 0, requested = 0, granted = 0, highWater = 0;

            for (int step = 0; step < StepsPerSeed; step++)
            {
                string where = options + " " + fallBack + " seed " + seed + ", step " + step + ": ";
                if (random.Next(100) < 55 || live.Count == 0)
                {
                    int length = random.Next(sizes[classes - 1] + 8);
                    int first = Array.FindIndex(sizes, size => size >= length);
                    int expectedClass = -1;
                    if (first >= 0)
                    {
                        int last = fallBack ? classes - 1 : first;
                        for (int c = first; c <= last && expectedClass < 0; c++)
                        {
                            if (used[c] + quarantined[c] < counts[c])
                            {
                                expectedClass = c;
                            }
                        }
                    }

                    int handle = pool.Acquire(length);
                    if (expectedClass < 0)
                    {
                        Assert.AreEqual(PoolHandle.None, handle, where + "no class can serve " + length);
                        failures++;
                        continue;
                    }

                    Assert.AreEqual(sizes[expectedClass], pool.BlockSizeOf(handle), where + "class chosen for " + length);
                    if (expectedClass != first)
                    {
                        fallbacks[first]++;
                    }

                    used[expectedClass]++;
                    requested += length;
                    granted += sizes[expectedClass];
                    live.Add((handle, expectedClass, length));
                    highWater = Math.Max(highWater, live.Count);
                }
                else
                {
                    int pick = random.Next(live.Count);
                    var entry = live[pick];
                    live.RemoveAt(pick);
                    bool damage = guard && random.Next(8) == 0;
                    if (damage)
                    {
                        BlockPool part = (BlockPool)pool.Part(entry.Class);
                        part.Arena[part.OffsetOf(entry.Handle & ~0xF000) + part.BlockSize + random.Next(BlockPool.GuardSize)] ^= 0x11;
                        quarantined[entry.Class]++;
                    }

                    Assert.AreEqual(damage ? PoolFault.GuardOverwritten : PoolFault.None, pool.Release(entry.Handle), where + "release");

                    // Released again at once: refused, and no count moves (a quarantined block's handles are all stale).
                    Assert.AreEqual(damage ? PoolFault.StaleHandle : PoolFault.DoubleRelease, pool.Release(entry.Handle), where + "a second release");
                    used[entry.Class]--;
                    requested -= entry.Length;
                    granted -= sizes[entry.Class];
                }

                Assert.AreEqual(live.Count, pool.InUse, where + "in use");
                Assert.AreEqual(failures, pool.Failures, where + "failures");
                Assert.AreEqual(requested, pool.RequestedBytes, where + "requested bytes");
                Assert.AreEqual(granted, pool.GrantedBytes, where + "granted bytes");
                Assert.AreEqual(highWater, pool.HighWater, where + "high water");
                for (int c = 0; c < classes; c++)
                {
                    Assert.AreEqual(used[c], pool.Part(c).InUse, where + "class " + c + " in use");
                    Assert.AreEqual(fallbacks[c], pool.PartBorrowed(c), where + "class " + c + " fallbacks");
                }
            }

            Assert.AreEqual(IntegrityProblem.None, pool.CheckIntegrity(out _), "seed " + seed);
        }
    }
}
