using Keel.Drivers.Ports;
using Keel.Pools;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    [TestClass]
    public class GpioOutputTests
    {
        [TestMethod]
        public void WriteToggleAndReadBackDriveThePin()
        {
            GpioTestRig rig = new GpioTestRig(4, 8, OverflowPolicy.RejectNewest);
            int led = rig.Gpio.ClaimOutput(2, "status-led", GpioMode.Output, false);
            Assert.IsFalse(rig.Gpio.LastWritten(led));

            Assert.IsTrue(rig.Gpio.Write(led, true));
            Assert.IsTrue(rig.Port.LevelOf(2));
            Assert.IsTrue(rig.Gpio.LastWritten(led));

            Assert.IsTrue(rig.Gpio.Toggle(led));
            Assert.IsFalse(rig.Port.LevelOf(2));
            Assert.IsFalse(rig.Gpio.LastWritten(led));

            Assert.IsTrue(rig.Gpio.Toggle(led));
            Assert.IsTrue(rig.Port.LevelOf(2));
            Assert.AreEqual(4, rig.Port.WritesTo(2), "the initial level, one write and two toggles");
        }

        [TestMethod]
        public void OpenDrainOutputStartsAtItsInitialLevel()
        {
            GpioTestRig rig = new GpioTestRig(4, 8, OverflowPolicy.RejectNewest);
            int bus = rig.Gpio.ClaimOutput(21, "bus-release", GpioMode.OutputOpenDrain, true);

            Assert.IsTrue(rig.Port.ModeOf(21) == GpioMode.OutputOpenDrain);
            Assert.IsTrue(rig.Port.LevelOf(21));
            Assert.IsTrue(rig.Gpio.LastWritten(bus));
            Assert.IsTrue(rig.Gpio.Write(bus, false));
            Assert.IsFalse(rig.Port.LevelOf(21));
        }

        [TestMethod]
        public void OutputsAreNotSampled()
        {
            GpioTestRig rig = new GpioTestRig(4, 8, OverflowPolicy.RejectNewest);
            int led = rig.Gpio.ClaimOutput(2, "status-led", GpioMode.Output, false);
            rig.Gpio.Toggle(led);
            rig.SampleEvery(1000, 10000);

            Assert.AreEqual(0, rig.Gpio.TotalEdges);
            Assert.AreEqual(0, rig.Gpio.Edges(led));
        }
    }
}
