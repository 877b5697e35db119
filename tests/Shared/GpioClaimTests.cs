using System;
using Keel.Drivers.Gpio;
using Keel.Drivers.Ports;
using Keel.Pools;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    [TestClass]
    public class GpioClaimTests
    {
        [TestMethod]
        public void ClaimedPinsAreOpenedInTheirModeAndListedInTheTable()
        {
            GpioTestRig rig = new GpioTestRig(4, 8, OverflowPolicy.RejectNewest);
            GpioDriver gpio = rig.Gpio;

            int button = gpio.ClaimInput(4, "button", GpioMode.InputPullUp, 20000);
            int led = gpio.ClaimOutput(2, "status-led", GpioMode.Output, true);

            Assert.IsTrue(rig.Port.IsOpen(4));
            Assert.IsTrue(rig.Port.ModeOf(4) == GpioMode.InputPullUp);
            Assert.IsTrue(rig.Port.ModeOf(2) == GpioMode.Output);
            Assert.IsTrue(rig.Port.LevelOf(2), "the output starts at its initial level");
            Assert.AreEqual(2, gpio.ClaimedPins);
            Assert.AreEqual(button, gpio.HandleAt(0));
            Assert.AreEqual(led, gpio.HandleAt(1));
            Assert.AreEqual(PoolHandle.None, gpio.HandleAt(2));
            Assert.AreEqual(led, gpio.HandleOf(2));
            Assert.AreEqual(PoolHandle.None, gpio.HandleOf(3));
            Assert.AreEqual(4, gpio.PinOf(button));
            Assert.AreEqual("button", gpio.OwnerOf(button));
            Assert.IsTrue(gpio.ModeOf(led) == GpioMode.Output);
            Assert.IsTrue(gpio.Level(button), "an idle pull-up input starts high, and boot makes no edge");
            Assert.AreEqual(0, gpio.EdgeRing.Count);
        }

        [TestMethod]
        public void SecondClaimOfAPinIsABootErrorNamingBothOwners()
        {
            GpioTestRig rig = new GpioTestRig(4, 8, OverflowPolicy.RejectNewest);
            rig.Gpio.ClaimInput(4, "button", GpioMode.InputPullUp, 20000);

            Assert.ThrowsException(typeof(InvalidOperationException),
                () => rig.Gpio.ClaimOutput(4, "door-lock", GpioMode.Output, false));
            string message = ErrorMessage.Of(() => rig.Gpio.ClaimOutput(4, "door-lock", GpioMode.Output, false));

            Assert.Contains("GPIO pin 4", message);
            Assert.Contains("'door-lock'", message);
            Assert.Contains("'button' claimed it first as InputPullUp", message);
            Assert.Contains("another pin", message);
            Assert.AreEqual(1, rig.Gpio.ClaimedPins, "a refused claim takes no table entry");
        }

        [TestMethod]
        [DataRow(-1)]
        [DataRow(40)]
        [DataRow(100)]
        public void PinOutsideTheBoardIsABootErrorNamingTheValidRange(int pin)
        {
            GpioTestRig rig = new GpioTestRig(4, 8, OverflowPolicy.RejectNewest);

            Assert.ThrowsException(typeof(ArgumentOutOfRangeException),
                () => rig.Gpio.ClaimInput(pin, "sensor", GpioMode.Input, 0));
            string message = ErrorMessage.Of(() => rig.Gpio.ClaimInput(pin, "sensor", GpioMode.Input, 0));

            Assert.Contains("'sensor' claims GPIO pin " + pin.ToString(), message);
            Assert.Contains("pins 0 to 39", message);
            Assert.AreEqual(0, rig.Gpio.ClaimedPins);
        }

        [TestMethod]
        public void FullPinTableIsABootErrorSayingWhatToRaise()
        {
            GpioTestRig rig = new GpioTestRig(2, 8, OverflowPolicy.RejectNewest);
            rig.Gpio.ClaimInput(1, "a", GpioMode.Input, 0);
            rig.Gpio.ClaimInput(2, "b", GpioMode.Input, 0);

            string message = ErrorMessage.Of(() => rig.Gpio.ClaimInput(3, "c", GpioMode.Input, 0));

            Assert.Contains("'c' claims GPIO pin 3", message);
            Assert.Contains("all 2 entries", message);
            Assert.Contains("Raise the pin table size", message);
            Assert.IsFalse(rig.Port.IsOpen(3));
        }

        [TestMethod]
        public void ClaimInAModeOfTheOtherDirectionIsABootError()
        {
            GpioTestRig rig = new GpioTestRig(4, 8, OverflowPolicy.RejectNewest);

            Assert.ThrowsException(typeof(ArgumentException), () => rig.Gpio.ClaimInput(5, "sensor", GpioMode.Output, 0));
            Assert.ThrowsException(typeof(ArgumentException), () => rig.Gpio.ClaimOutput(5, "led", GpioMode.InputPullUp, false));
            Assert.Contains("not an output mode", ErrorMessage.Of(() => rig.Gpio.ClaimOutput(5, "led", GpioMode.InputPullUp, false)));
            Assert.ThrowsException(typeof(ArgumentException), () => rig.Gpio.ClaimInput(5, "", GpioMode.Input, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => rig.Gpio.ClaimInput(5, "sensor", GpioMode.Input, -1));
            Assert.AreEqual(0, rig.Gpio.ClaimedPins);
        }

        [TestMethod]
        public void TheDriverAddsItsPinTableAndEdgeRingToTheMemoryPlan()
        {
            GpioTestRig rig = new GpioTestRig(16, 64, OverflowPolicy.RejectNewest);

            Assert.AreSame(rig.Gpio.PinTable, rig.Plan.Registry.Find(GpioDriver.PinTableName));
            Assert.AreSame(rig.Gpio.EdgeRing, rig.Plan.Registry.Find(GpioDriver.EdgeRingName));
            Assert.AreEqual(16 * GpioDriver.PinEntryBytes, rig.Gpio.PinTable.StorageBytes);
            Assert.AreEqual(64 * 13, rig.Gpio.EdgeRing.StorageBytes);
            Assert.IsTrue(rig.Gpio.EdgeRing.Policy == OverflowPolicy.RejectNewest);
        }

        [TestMethod]
        public void HandlesTheTableNeverGaveAreRefusedAndCounted()
        {
            GpioTestRig rig = new GpioTestRig(4, 8, OverflowPolicy.RejectNewest);
            int button = rig.Gpio.ClaimInput(4, "button", GpioMode.InputPullUp, 0);
            int led = rig.Gpio.ClaimOutput(2, "led", GpioMode.Output, false);

            Assert.IsFalse(rig.Gpio.Write(PoolHandle.None, true));
            Assert.IsFalse(rig.Gpio.Toggle(led + 2), "a made-up handle");
            Assert.AreEqual(-1, rig.Gpio.PinOf(PoolHandle.None));
            Assert.IsNull(rig.Gpio.OwnerOf(PoolHandle.None));
            Assert.AreEqual(4, rig.Gpio.PinTable.Faults);

            Assert.IsFalse(rig.Gpio.Write(button, false), "an input cannot be written");
            Assert.IsFalse(rig.Gpio.Level(led), "an output has no debounced level");
            Assert.AreEqual(2, rig.Gpio.Misuses);
            Assert.IsFalse(rig.Port.LevelOf(2));
        }
    }
}
