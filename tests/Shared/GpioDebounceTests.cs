using Keel.Drivers.Gpio;
using Keel.Drivers.Ports;
using Keel.Pools;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    /// <summary>
    /// Debouncing on simulated contacts, sampled every millisecond. A change is accepted at the
    /// first sample where the new level has been read in every sample since it first appeared
    /// and for at least the pin's debounce time.
    /// </summary>
    [TestClass]
    public class GpioDebounceTests
    {
        private const int ButtonPin = 4;
        private const long Step = 1000;
        private const long Debounce = 5000;

        [TestMethod]
        public void CleanChangeIsAcceptedOnceStableForTheDebounceTimeAndStampedWhenItHappened()
        {
            GpioTestRig rig = new GpioTestRig(4, 8, OverflowPolicy.RejectNewest);
            int button = rig.Gpio.ClaimInput(ButtonPin, "button", GpioMode.InputPullUp, Debounce);
            rig.Port.ScheduleInput(ButtonPin, 10000, false);

            rig.SampleEvery(Step, 14000);
            Assert.IsTrue(rig.Gpio.Level(button), "stable for 4 ms of 5: not yet accepted");
            Assert.AreEqual(0, rig.Gpio.EdgeRing.Count);

            rig.SampleEvery(Step, 15000);
            Assert.IsFalse(rig.Gpio.Level(button), "stable for exactly the debounce time: accepted");
            AssertNextEdge(rig.Gpio, ButtonPin, false, 10000);
            Assert.AreEqual(1, rig.Gpio.Edges(button));
            Assert.AreEqual(0, rig.Gpio.Bounces(button));
        }

        [TestMethod]
        [DataRow(1)]
        [DataRow(3)]
        [DataRow(6)]
        public void BouncingPressGivesOneEdgeAndCountsEachBounce(int bounces)
        {
            GpioTestRig rig = new GpioTestRig(4, 8, OverflowPolicy.RejectNewest);
            int button = rig.Gpio.ClaimInput(ButtonPin, "button", GpioMode.InputPullUp, Debounce);
            rig.Port.ScheduleBounces(ButtonPin, 10000, false, bounces, Step);
            long settled = 10000 + 2 * bounces * Step;

            rig.SampleEvery(Step, settled + Debounce - Step);
            Assert.IsTrue(rig.Gpio.Level(button));
            Assert.AreEqual(bounces, rig.Gpio.Bounces(button));

            rig.SampleEvery(Step, settled + Debounce + 50 * Step);
            Assert.IsFalse(rig.Gpio.Level(button));
            AssertNextEdge(rig.Gpio, ButtonPin, false, settled);
            Assert.AreEqual(0, rig.Gpio.EdgeRing.Count, "exactly one edge");
            Assert.AreEqual(1, rig.Gpio.Edges(button));
            Assert.AreEqual(bounces, rig.Gpio.Bounces(button));
            Assert.AreEqual(bounces, rig.Gpio.TotalBounces);
        }

        [TestMethod]
        public void PressAndReleaseWithBouncesGiveTwoEdgesAndThePulseWidth()
        {
            GpioTestRig rig = new GpioTestRig(4, 8, OverflowPolicy.RejectNewest);
            int button = rig.Gpio.ClaimInput(ButtonPin, "button", GpioMode.InputPullUp, Debounce);
            rig.Port.ScheduleBounces(ButtonPin, 10000, false, 2, Step);    // settles low at 14 ms
            rig.Port.ScheduleBounces(ButtonPin, 100000, true, 3, Step);    // settles high at 106 ms

            rig.SampleEvery(Step, 200000);

            AssertNextEdge(rig.Gpio, ButtonPin, false, 14000);
            AssertNextEdge(rig.Gpio, ButtonPin, true, 106000);
            Assert.AreEqual(2, rig.Gpio.Edges(button));
            Assert.AreEqual(5, rig.Gpio.Bounces(button));
            Assert.IsTrue(rig.Gpio.Level(button));
        }

        [TestMethod]
        public void GlitchShorterThanTheDebounceTimeIsABounceAndNoEdge()
        {
            GpioTestRig rig = new GpioTestRig(4, 8, OverflowPolicy.RejectNewest);
            int button = rig.Gpio.ClaimInput(ButtonPin, "button", GpioMode.InputPullUp, Debounce);
            rig.Port.ScheduleInput(ButtonPin, 10000, false);
            rig.Port.ScheduleInput(ButtonPin, 14000, true);

            rig.SampleEvery(Step, 50000);

            Assert.IsTrue(rig.Gpio.Level(button));
            Assert.AreEqual(0, rig.Gpio.Edges(button));
            Assert.AreEqual(1, rig.Gpio.Bounces(button));
            Assert.AreEqual(0, rig.Gpio.EdgeRing.TotalWritten);
        }

        [TestMethod]
        public void ZeroDebounceAcceptsEveryChangeAtTheSampleThatSeesIt()
        {
            GpioTestRig rig = new GpioTestRig(4, 8, OverflowPolicy.RejectNewest);
            int pin = rig.Gpio.ClaimInput(ButtonPin, "fast", GpioMode.InputPullDown, 0);
            rig.Port.ScheduleBounces(ButtonPin, 10000, true, 2, Step);

            rig.SampleEvery(Step, 20000);

            Assert.AreEqual(5, rig.Gpio.Edges(pin));
            Assert.AreEqual(0, rig.Gpio.Bounces(pin));
            AssertNextEdge(rig.Gpio, ButtonPin, true, 10000);
            AssertNextEdge(rig.Gpio, ButtonPin, false, 11000);
            AssertNextEdge(rig.Gpio, ButtonPin, true, 12000);
        }

        [TestMethod]
        public void EachPinUsesItsOwnDebounceTime()
        {
            GpioTestRig rig = new GpioTestRig(4, 8, OverflowPolicy.RejectNewest);
            int quick = rig.Gpio.ClaimInput(5, "quick", GpioMode.Input, 2000);
            int slow = rig.Gpio.ClaimInput(6, "slow", GpioMode.Input, 8000);
            rig.Port.ScheduleInput(5, 10000, true);
            rig.Port.ScheduleInput(6, 10000, true);

            rig.SampleEvery(Step, 12000);
            Assert.IsTrue(rig.Gpio.Level(quick));
            Assert.IsFalse(rig.Gpio.Level(slow));

            rig.SampleEvery(Step, 18000);
            Assert.IsTrue(rig.Gpio.Level(slow));
            AssertNextEdge(rig.Gpio, 5, true, 10000);
            AssertNextEdge(rig.Gpio, 6, true, 10000);
        }

        /// <summary>Takes the next edge off the ring and checks it.</summary>
        public static void AssertNextEdge(GpioDriver gpio, int expectedPin, bool expectedHigh, long expectedTime)
        {
            int pin;
            bool high;
            long time;
            Assert.IsTrue(gpio.TryReadEdge(out pin, out high, out time), "an edge is queued");
            Assert.AreEqual(expectedPin, pin);
            Assert.AreEqual(expectedHigh, high);
            Assert.AreEqual(expectedTime, time);
        }
    }
}
