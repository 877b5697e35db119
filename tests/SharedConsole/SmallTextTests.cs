using Keel.Console;
using Keel.Pools;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    /// <summary>The small words of the answers: a count of 1 in the singular, bytes with their unit, no slot said as none.</summary>
    [TestClass]
    public class SmallTextTests
    {
        [TestMethod]
        public void OnePoolIsCountedInTheSingular()
        {
            MemoryPlan plan = new MemoryPlan("one", 4096);
            plan.Add(new SlotPool("only", 4, 8));
            string[] lines = TableAssert.Lines(BareConsole.WithStandardCommands(plan).Type("check\r\nunlock\r\nstats reset\r\n"));
            Assert.AreEqual("check: ok, 1 pool or ring consistent", lines[0]);
            Assert.AreEqual("statistics reset for 1 pool or ring", lines[2]);
        }

        [TestMethod]
        public void CountedWritesTheSingularOnlyForOne()
        {
            MemorySerialPort port = new MemorySerialPort(256, 256);
            ConsoleOutput output = new ConsoleOutput(new ByteRing("out", 256, OverflowPolicy.OverwriteOldest), port);
            output.Counted(0, " record", " records");
            output.Counted(1, " record", " records");
            output.Counted(2, " record", " records");
            output.Counted(-1, " record", " records");
            output.Flush();
            output.Transmit();
            Assert.AreEqual("0 records1 record2 records-1 records", port.TakeOutput());
        }

        [TestMethod]
        public void APoolWithoutFaultsSaysNoFaultSlotAndItsBytesCarryTheUnit()
        {
            ConsoleRig rig = new ConsoleRig();
            string answer = rig.Type("pool frames\r\n");
            Assert.IsTrue(answer.IndexOf("last fault slot   none\r\n") >= 0, answer);
            Assert.IsTrue(answer.IndexOf("storage bytes     256 B\r\n") >= 0, answer);
            Assert.IsTrue(answer.IndexOf("metadata bytes    32 B\r\n") >= 0, answer);
            Assert.IsTrue(rig.Type("pool frames --kv\r\n").IndexOf("pool.frames.last_fault_slot=-1\r\n") >= 0);
        }
    }
}
