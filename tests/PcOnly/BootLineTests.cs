using Keel.Firmware.Boards;
using Keel.Sim.Board;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>The boot line counts the store's records in words that fit the count.</summary>
    [TestClass]
    public class BootLineTests
    {
        [TestMethod]
        public void AFreshStoreHoldsOneRecordInTheSingular()
        {
            using SimulatedBoard board = new SimulatedBoard(Esp32DevKitC.Describe(), null);
            string boot = board.TakeOutput();
            StringAssert.Contains(boot, "boot 1: store mounted (1 record); button on pin 0");
        }
    }
}
