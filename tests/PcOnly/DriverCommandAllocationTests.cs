using Keel.Tests;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>The gpio, timers and flash commands, their --kv forms and their error answers allocate exactly 0 bytes per line.</summary>
    [TestClass]
    public class DriverCommandAllocationTests
    {
        private const int Runs = 10000;

        [TestMethod]
        [DataRow("gpio")]
        [DataRow("gpio --kv")]
        [DataRow("timers")]
        [DataRow("timers --kv")]
        [DataRow("flash")]
        [DataRow("flash --kv")]
        [DataRow("gpio 2 1")]
        [DataRow("gpio 7 1")]
        [DataRow("gpio 2 5")]
        [DataRow("flash erase")]
        [DataRow("timers now")]
        public void DriverCommandsAllocateNothing(string line)
        {
            DriverCommandRig rig = new DriverCommandRig();
            ConsoleAllocationTests.AssertTypingAllocatesNothing(rig.Port, rig.Drain, line + "\r\n");
        }

        [TestMethod]
        public void UnlockedPinWritesAllocateNothing()
        {
            DriverCommandRig rig = new DriverCommandRig();
            rig.Type("unlock");
            long bytes = AllocationProbe.BytesAllocatedBy(i =>
            {
                rig.Port.Send((i & 1) == 0 ? "gpio 2 0\r\n" : "gpio 2 1\r\n");
                rig.Drain();
                rig.Port.ClearOutput();
            }, Runs);

            Assert.AreEqual(0L, bytes);
        }
    }
}
