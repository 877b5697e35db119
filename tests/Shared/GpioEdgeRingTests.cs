using Keel.Drivers.Gpio;
using Keel.Drivers.Ports;
using Keel.Pools;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    /// <summary>Accepted edges travel through the driver's record ring; a full ring loses edges by its declared policy, counted per pin.</summary>
    [TestClass]
    public class GpioEdgeRingTests
    {
        private const long Step = 1000;

        [TestMethod]
        public void EdgesOfSeveralPinsComeOutInTheOrderTheyWereAccepted()
        {
            GpioTestRig rig = new GpioTestRig(4, 8, OverflowPolicy.RejectNewest);
            rig.Gpio.ClaimInput(7, "a", GpioMode.Input, 0);
            rig.Gpio.ClaimInput(9, "b", GpioMode.Input, 0);

            rig.ChangeAndSample(9, true, Step);
            rig.ChangeAndSample(7, true, Step);
            rig.ChangeAndSample(9, false, Step);

            GpioDebounceTests.AssertNextEdge(rig.Gpio, 9, true, 1000);
            GpioDebounceTests.AssertNextEdge(rig.Gpio, 7, true, 2000);
            GpioDebounceTests.AssertNextEdge(rig.Gpio, 9, false, 3000);

            int pin;
            bool high;
            long time;
            Assert.IsFalse(rig.Gpio.TryReadEdge(out pin, out high, out time), "the ring is empty");
            Assert.AreEqual(-1, pin);
            Assert.AreEqual(3, rig.Gpio.TotalEdges);
            Assert.AreEqual(3, rig.Gpio.EdgeRing.TotalRead);
        }

        [TestMethod]
        public void FullRingRejectingTheNewestLosesTheNewEdgesAndCountsThemOnTheirPin()
        {
            GpioTestRig rig = new GpioTestRig(4, 4, OverflowPolicy.RejectNewest);
            int pin = rig.Gpio.ClaimInput(4, "sensor", GpioMode.Input, 0);
            int other = rig.Gpio.ClaimInput(5, "other", GpioMode.Input, 0);

            for (int i = 0; i < 6; i++)
            {
                rig.ChangeAndSample(4, i % 2 == 0, Step);
            }

            Assert.AreEqual(6, rig.Gpio.Edges(pin), "every accepted change is an edge, queued or not");
            Assert.AreEqual(2, rig.Gpio.Drops(pin));
            Assert.AreEqual(0, rig.Gpio.Drops(other));
            Assert.AreEqual(2, rig.Gpio.TotalDrops);
            Assert.AreEqual(2, rig.Gpio.EdgeRing.Rejected);
            for (int i = 0; i < 4; i++)
            {
                GpioDebounceTests.AssertNextEdge(rig.Gpio, 4, i % 2 == 0, (i + 1) * Step);
            }

            rig.ChangeAndSample(5, true, Step);
            GpioDebounceTests.AssertNextEdge(rig.Gpio, 5, true, 7 * Step);
        }

        [TestMethod]
        public void FullRingOverwritingTheOldestLosesTheOldEdgesAndCountsThemOnTheirPin()
        {
            GpioTestRig rig = new GpioTestRig(4, 4, OverflowPolicy.OverwriteOldest);
            int door = rig.Gpio.ClaimInput(5, "door", GpioMode.Input, 0);
            int sensor = rig.Gpio.ClaimInput(4, "sensor", GpioMode.Input, 0);

            rig.ChangeAndSample(5, true, Step);
            for (int i = 0; i < 5; i++)
            {
                rig.ChangeAndSample(4, i % 2 == 0, Step);
            }

            Assert.AreEqual(1, rig.Gpio.Drops(door), "the door's edge was the oldest");
            Assert.AreEqual(1, rig.Gpio.Drops(sensor), "then the sensor's first");
            Assert.AreEqual(2, rig.Gpio.TotalDrops);
            Assert.AreEqual(2, rig.Gpio.EdgeRing.Overwritten);
            for (int i = 1; i < 5; i++)
            {
                GpioDebounceTests.AssertNextEdge(rig.Gpio, 4, i % 2 == 0, (i + 2) * Step);
            }
        }

        [TestMethod]
        public void ResetStatisticsZeroesTheDriverCounters()
        {
            GpioTestRig rig = new GpioTestRig(4, 2, OverflowPolicy.RejectNewest);
            int pin = rig.Gpio.ClaimInput(4, "sensor", GpioMode.Input, 0);
            for (int i = 0; i < 3; i++)
            {
                rig.ChangeAndSample(4, i % 2 == 0, Step);
            }

            rig.Gpio.ResetStatistics();

            Assert.AreEqual(0, rig.Gpio.Edges(pin));
            Assert.AreEqual(0, rig.Gpio.Drops(pin));
            Assert.AreEqual(0, rig.Gpio.TotalEdges);
            Assert.AreEqual(0, rig.Gpio.TotalDrops);
        }
    }
}
