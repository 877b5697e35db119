using Keel.Firmware.Boot;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    /// <summary>The garbage watch looks at its low rate only, counts the collections it sees, and forces a collection only at boot and when asked.</summary>
    [TestClass]
    public class HeapWatchTests
    {
        [TestMethod]
        public void ItLooksOnlyOncePerPeriodAndNeverCollectsThen()
        {
            SteppedHeapProbe probe = new SteppedHeapProbe();
            probe.Free = 50000;
            HeapWatch watch = new HeapWatch(probe, 2000000);
            watch.Baseline(1000);
            Assert.AreEqual(1, probe.ForcedCollections, "boot measures the free heap once");
            Assert.AreEqual(50000, watch.FreeBytesAtBoot);
            Assert.AreEqual(2001000L, watch.NextSampleMicroseconds);

            Assert.IsFalse(watch.Sample(2000999));
            Assert.IsTrue(watch.Sample(2001000));
            Assert.IsFalse(watch.Sample(4000999));
            Assert.AreEqual(1, probe.Looks);
            Assert.AreEqual(1, watch.Samples);
            Assert.AreEqual(1, probe.ForcedCollections, "looking never collects");
        }

        [TestMethod]
        public void EveryCollectionSeenIsCounted()
        {
            SteppedHeapProbe probe = new SteppedHeapProbe();
            HeapWatch watch = new HeapWatch(probe, 1000);
            watch.Baseline(0);
            watch.Sample(1000);
            Assert.AreEqual(0, watch.Collections);

            probe.PendingCollections = 1;
            watch.Sample(2000);
            Assert.AreEqual(1, watch.Collections);
            watch.Sample(3000);
            Assert.AreEqual(1, watch.Collections, "seen once");
            probe.PendingCollections = 1;
            watch.Sample(4000);
            Assert.AreEqual(2, watch.Collections);
        }

        [TestMethod]
        public void AMeasurementAskedForCountsWhatCameBeforeButNotItsOwnCollection()
        {
            SteppedHeapProbe probe = new SteppedHeapProbe();
            probe.Free = 50000;
            HeapWatch watch = new HeapWatch(probe, 1000000);
            watch.Baseline(0);
            probe.PendingCollections = 1;
            probe.Free = 49000;

            Assert.AreEqual(49000, watch.CollectAndMeasureFreeBytes());
            Assert.AreEqual(1, watch.Collections, "the collection before the request");
            Assert.AreEqual(2, probe.ForcedCollections);
            watch.Look();
            Assert.AreEqual(1, watch.Collections, "the forced one is not garbage");
            Assert.AreEqual(50000, watch.FreeBytesAtBoot);
        }
    }
}
