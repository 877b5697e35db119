using System;
using Keel.Pools;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    [TestClass]
    public class SlotPoolTests
    {
        [TestMethod]
        public void ExhaustionReturnsNoneAndCountsEachFailure()
        {
            SlotPool pool = new SlotPool("timers", 3, 8);
            for (int i = 0; i < 3; i++)
            {
                Assert.AreNotEqual(PoolHandle.None, pool.Acquire());
            }

            Assert.AreEqual(PoolHandle.None, pool.Acquire());
            Assert.AreEqual(PoolHandle.None, pool.Acquire());
            Assert.AreEqual(2, pool.Failures);
            Assert.AreEqual(3, pool.InUse);
            Assert.AreEqual(0, pool.Free);
        }

        [TestMethod]
        public void HandlesNameDistinctSlotsInRange()
        {
            SlotPool pool = new SlotPool("records", 16, 4);
            bool[] seen = new bool[16];
            for (int i = 0; i < 16; i++)
            {
                int index = pool.IndexOf(pool.Acquire());
                Assert.IsTrue(index >= 0 && index < 16, "index in range");
                Assert.IsFalse(seen[index], "each slot handed out once");
                seen[index] = true;
            }

            Assert.AreEqual(0, pool.Faults);
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(1)]
        [DataRow(2)]
        public void AnyReleaseOrderLetsEverySlotBeAcquiredAgain(int order)
        {
            SlotPool pool = new SlotPool("p", 8, 4);
            int[] handles = new int[8];
            for (int i = 0; i < 8; i++)
            {
                handles[i] = pool.Acquire();
            }

            for (int i = 0; i < 8; i++)
            {
                // 0: first to last, 1: last to first, 2: odd positions then even positions.
                int position = order == 0 ? i : (order == 1 ? 7 - i : (i < 4 ? 2 * i + 1 : 2 * (i - 4)));
                Assert.AreEqual((int)PoolFault.None, (int)pool.Release(handles[position]));
            }

            Assert.AreEqual(0, pool.InUse);
            for (int i = 0; i < 8; i++)
            {
                Assert.AreNotEqual(PoolHandle.None, pool.Acquire());
            }

            Assert.AreEqual(0, pool.Failures);
            Assert.IsTrue(Integrity.IsOk(pool));
        }

        [TestMethod]
        public void SecondReleaseIsRefusedAsDoubleRelease()
        {
            SlotPool pool = new SlotPool("p", 4, 4);
            int handle = pool.Acquire();
            pool.Release(handle);

            Assert.AreEqual((int)PoolFault.DoubleRelease, (int)pool.Release(handle));
            Assert.AreEqual(1, pool.DoubleReleases);
            Assert.AreEqual(1, pool.Faults);
            Assert.AreEqual((int)PoolFault.DoubleRelease, (int)pool.LastFault);
            Assert.AreEqual(0, pool.InUse, "the refused release changed nothing");
            Assert.AreEqual(4, pool.Free);
            Assert.IsTrue(Integrity.IsOk(pool));
        }

        [TestMethod]
        public void StaleHandleIsRefusedAndDoesNotFreeTheNewOwnersSlot()
        {
            SlotPool pool = new SlotPool("p", 1, 4);
            int old = pool.Acquire();
            pool.Release(old);
            int current = pool.Acquire();

            Assert.AreEqual((int)PoolFault.StaleHandle, (int)pool.Release(old));
            Assert.AreEqual(-1, pool.IndexOf(old));
            Assert.AreEqual(2, pool.StaleHandles);
            Assert.IsTrue(pool.IsCurrent(current));
            Assert.AreEqual(1, pool.InUse);
            Assert.AreEqual((int)PoolFault.None, (int)pool.Release(current));
        }

        [TestMethod]
        public void MadeUpHandlesAreRefusedAsInvalid()
        {
            SlotPool pool = new SlotPool("p", 4, 4);
            pool.Acquire();

            Assert.AreEqual((int)PoolFault.InvalidHandle, (int)pool.Release(PoolHandle.None));
            Assert.AreEqual((int)PoolFault.InvalidHandle, (int)pool.Release((1 << 16) | 9), "index past capacity");
            Assert.AreEqual((int)PoolFault.InvalidHandle, (int)pool.Release(2 << 16), "even generation is never handed out");
            Assert.AreEqual(3, pool.InvalidHandles);
            Assert.AreEqual(1, pool.InUse);
            Assert.IsTrue(Integrity.IsOk(pool));
        }

        [TestMethod]
        public void GenerationWrapsAroundAndNeverProducesNone()
        {
            SlotPool pool = new SlotPool("p", 1, 4);
            int first = pool.Acquire();
            pool.Release(first);
            int previous = first;

            // 32,768 odd generations per slot: the 32,768th reuse comes back to the first handle.
            for (int cycle = 1; cycle < 32768; cycle++)
            {
                int handle = pool.Acquire();
                Assert.AreNotEqual(PoolHandle.None, handle);
                Assert.AreNotEqual(previous, handle);
                if (handle == first)
                {
                    Assert.IsTrue(false, "generation repeated early, at cycle " + cycle.ToString());
                }

                Assert.AreEqual((int)PoolFault.None, (int)pool.Release(handle));
                previous = handle;
            }

            int wrapped = pool.Acquire();
            Assert.AreEqual(first, wrapped, "the generation wrapped around to its first value");
            Assert.AreEqual((int)PoolFault.StaleHandle, (int)pool.Release(previous), "the handle from before the wrap is stale");
            Assert.AreEqual((int)PoolFault.None, (int)pool.Release(wrapped));
            Assert.AreEqual(0, pool.Failures);
        }

        [TestMethod]
        public void HighWaterHoldsThePeakUntilReset()
        {
            SlotPool pool = new SlotPool("p", 4, 4);
            int a = pool.Acquire();
            int b = pool.Acquire();
            int c = pool.Acquire();
            pool.Release(b);
            pool.Release(c);
            pool.Release(c);
            Assert.AreEqual(3, pool.HighWater);
            Assert.AreEqual(1, pool.Faults);

            pool.ResetStatistics();
            Assert.AreEqual(1, pool.HighWater, "reset brings the mark down to what is in use");
            Assert.AreEqual(0, pool.Faults);
            Assert.AreEqual(0, pool.Failures);
            Assert.AreEqual((int)PoolFault.None, (int)pool.LastFault);
            Assert.IsTrue(pool.IsCurrent(a));
        }

        [TestMethod]
        public void ReportsItsBytesForTheMemoryMap()
        {
            SlotPool pool = new SlotPool("timers", 10, 24);
            Assert.AreEqual(240, pool.StorageBytes);
            Assert.AreEqual(40, pool.MetadataBytes, "4 bytes of metadata per slot");
            Assert.AreEqual("slot pool", pool.Kind);
        }

        [TestMethod]
        public void ImpossibleCapacityIsABootErrorSayingWhatToChange()
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new SlotPool("timers", 0, 4));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new SlotPool("timers", 65535, 4));
            Assert.ThrowsException(typeof(ArgumentException), () => new SlotPool("", 4, 4));
            string message = ErrorMessage.Of(() => new SlotPool("timers", 70000, 4));
            Assert.Contains("timers", message);
            Assert.Contains("70000", message);
            Assert.Contains("board config", message);
        }

        [TestMethod]
        public void AnInvalidHandleNamesNoSlot()
        {
            SlotPool pool = new SlotPool("p", 4, 4);
            int handle = pool.Acquire();
            pool.Release(handle);
            pool.Release(handle);
            Assert.AreEqual(0, pool.LastFaultSlot, "a double release names its slot");

            pool.Release(PoolHandle.None);
            Assert.AreEqual(-1, pool.LastFaultSlot, "None names no slot");
        }

        [TestMethod]
        public void StorageBeyondTwoGigabytesIsABootError()
        {
            string message = ErrorMessage.Of(() => new SlotPool("timers", 65534, 40000));
            Assert.Contains("timers", message);
            Assert.Contains("2 GB", message);
        }
    }
}
