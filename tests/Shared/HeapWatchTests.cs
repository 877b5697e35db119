using Keel.Firmware.Boot;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    /// <summary>The garbage watch measures at its low rate only, counts every drop beyond the probe's noise, and keeps the lowest figure.</summary>
    [TestClass]
    public class HeapWatchTests
    {
        [TestMethod]
        public void ItMeasuresOnlyOncePerPeriod()
        {
            SteppedHeapProbe probe = new SteppedHeapProbe();
            probe.Free = 50000;
            HeapWatch watch = new HeapWatch(probe, 2000000);
            watch.Baseline(1000);
            Assert.AreEqual(1, probe.Measurements);
            Assert.AreEqual(2001000L, watch.NextSampleMicroseconds);

            Assert.IsFalse(watch.Sample(2000999));
            Assert.IsTrue(watch.Sample(2001000));
            Assert.IsFalse(watch.Sample(4000999));
            Assert.AreEqual(2, probe.Measurements);
            Assert.AreEqual(1, watch.Samples);
        }

        [TestMethod]
        public void EveryDropBeyondTheNoiseIsAGarbageEventAndTheLowestIsKept()
        {
            SteppedHeapProbe probe = new SteppedHeapProbe();
            probe.Free = 50000;
            probe.Noise = 96;
            HeapWatch watch = new HeapWatch(probe, 1000);
            watch.Baseline(0);

            probe.Free = 49904;          // within the noise: the interpreter's stack frames
            watch.Measure();
            Assert.AreEqual(0, watch.GarbageEvents);
            probe.Free = 50000;
            watch.Measure();
            probe.Free = 49000;          // something kept 1000 bytes
            watch.Measure();
            Assert.AreEqual(1, watch.GarbageEvents);
            probe.Free = 49500;
            watch.Measure();
            Assert.AreEqual(1, watch.GarbageEvents);

            Assert.AreEqual(50000, watch.FreeBytesAtBoot);
            Assert.AreEqual(49500, watch.FreeBytes);
            Assert.AreEqual(49000, watch.LowestFreeBytes);
        }
    }
}
