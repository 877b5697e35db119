using Keel.Console;
using Keel.Pools;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    /// <summary>flash read ID shows a record as a hex dump, flash sectors the erases of each sector, and both refuse what they cannot use.</summary>
    [TestClass]
    public class FlashReadTests
    {
        [TestMethod]
        public void ARecordIsShownAsAHexDump()
        {
            DriverCommandRig rig = new DriverCommandRig();
            Assert.AreEqual(
                "record 2: 16 B\r\n"
                + "0000  3D 44 4B 52 59 60 67 6E  75 7C 83 8A 91 98 9F A6  =DKRY`gnu|......\r\n", rig.Type("flash read 2"));
            Assert.AreEqual("flash.record.1.length=8\r\nflash.record.1.hex=5A61686F767D848B\r\nstatus=ok\r\n", rig.Type("flash read 1 --kv"));
        }

        [TestMethod]
        public void ALongRecordTakesSeveralLinesAndTheLastOneKeepsTheTextColumn()
        {
            DriverCommandRig rig = new DriverCommandRig();
            byte[] text = Ascii.Bytes("Keel keeps records safe across power cuts.");
            Assert.AreEqual(0, (int)rig.Store.TryWrite(7, text, 0, text.Length));
            Assert.AreEqual(
                "record 7: 42 B\r\n"
                + "0000  4B 65 65 6C 20 6B 65 65  70 73 20 72 65 63 6F 72  Keel keeps recor\r\n"
                + "0010  64 73 20 73 61 66 65 20  61 63 72 6F 73 73 20 70  ds safe across p\r\n"
                + "0020  6F 77 65 72 20 63 75 74  73 2E                    ower cuts.\r\n", rig.Type("flash read 7"));
        }

        [TestMethod]
        [DataRow("flash read", "error: give a record id; usage: flash [sectors|read ID|erase]\r\n")]
        [DataRow("flash read x", "error: record id 'x' is not a number; usage: flash [sectors|read ID|erase]\r\n")]
        [DataRow("flash read 9", "error: no record '9' in the store; usage: flash [sectors|read ID|erase]\r\n")]
        [DataRow("flash read -1", "error: no record '-1' in the store; usage: flash [sectors|read ID|erase]\r\n")]
        [DataRow("flash read 1 2", "error: unexpected argument '2'; usage: flash [sectors|read ID|erase]\r\n")]
        [DataRow("flash sectors 2", "error: unexpected argument '2'; usage: flash [sectors|read ID|erase]\r\n")]
        public void ReadAndSectorsRefuseWhatTheyCannotUse(string line, string expected)
        {
            Assert.AreEqual(expected, new DriverCommandRig().Type(line));
        }

        [TestMethod]
        public void SectorsListTheErasesOfEachSector()
        {
            DriverCommandRig rig = new DriverCommandRig();
            Assert.AreEqual(
                "sector  erases\r\n"
                + "     0       1\r\n"
                + "     1       1\r\n"
                + "     2       1\r\n"
                + "     3       1\r\n", rig.Type("flash sectors"));

            // Overwrites until a reclaim has erased the oldest sector a second time.
            for (int i = 0; rig.Store.Statistics.Reclaims == 0 && i < 1000; i++)
            {
                rig.Store.TryWrite(3, SmallFlash.Value(16, i), 0, 16);
            }

            string expected = "sector  erases\r\n";
            string pairs = string.Empty;
            int twice = 0;
            for (int sector = 0; sector < 4; sector++)
            {
                int erases = rig.Store.Statistics.SectorErases(sector);
                twice += erases == 2 ? 1 : 0;
                expected += "     " + sector.ToString() + "       " + erases.ToString() + "\r\n";
                pairs += "flash.sector." + sector.ToString() + ".erases=" + erases.ToString() + "\r\n";
            }

            Assert.AreEqual(1, twice);
            Assert.AreEqual(expected, rig.Type("flash sectors"));
            Assert.AreEqual(pairs + "status=ok\r\n", rig.Type("flash sectors --kv"));
        }

        [TestMethod]
        public void HexDumpOfNothingWritesNothing()
        {
            MemorySerialPort port = new MemorySerialPort(256, 256);
            ConsoleOutput output = new ConsoleOutput(new ByteRing("out", 256, OverflowPolicy.OverwriteOldest), port);
            HexDump.Write(output, new byte[4], 0, 0);
            output.Flush();
            output.Transmit();
            Assert.AreEqual(string.Empty, port.TakeOutput());
        }
    }
}
