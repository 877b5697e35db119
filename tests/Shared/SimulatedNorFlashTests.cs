using Keel.Drivers.Ports;
using Keel.Sim.Flash;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    [TestClass]
    public class SimulatedNorFlashTests
    {
        [TestMethod]
        public void ANewPartReadsErasedEverywhere()
        {
            SimulatedNorFlash part = new SimulatedNorFlash(64, 2, 1);
            byte[] buffer = new byte[128];
            Assert.AreEqual((int)FlashResult.Ok, (int)part.Read(0, buffer, 0, 128));
            for (int i = 0; i < 128; i++)
            {
                Assert.AreEqual((byte)0xFF, buffer[i]);
            }

            Assert.AreEqual(128, part.Size);
        }

        [TestMethod]
        public void ProgramClearsBitsAndCanClearMoreLater()
        {
            SimulatedNorFlash part = new SimulatedNorFlash(64, 2, 1);
            Assert.AreEqual((int)FlashResult.Ok, (int)part.Program(70, new byte[] { 0xF0, 0x0F }, 0, 2));
            Assert.AreEqual((int)FlashResult.Ok, (int)part.Program(70, new byte[] { 0x30, 0x0F }, 0, 2));
            Assert.AreEqual((byte)0x30, part.ByteAt(70));
            Assert.AreEqual((byte)0x0F, part.ByteAt(71));
            Assert.AreEqual((byte)0xFF, part.ByteAt(72));
            Assert.AreEqual(4L, part.ProgrammedBytes);
        }

        [TestMethod]
        public void SettingAZeroBitBackToOneIsRefusedAndChangesNothing()
        {
            SimulatedNorFlash part = new SimulatedNorFlash(64, 2, 1);
            part.Program(0, new byte[] { 0xFF, 0x0F }, 0, 2);

            // The first byte alone would be fine; the second asks 0 bits to become 1.
            Assert.AreEqual((int)FlashResult.BitsCannotBeSet, (int)part.Program(0, new byte[] { 0x00, 0xFF }, 0, 2));
            Assert.AreEqual((byte)0xFF, part.ByteAt(0), "a refused program writes no byte at all");
            Assert.AreEqual((byte)0x0F, part.ByteAt(1));
        }

        [TestMethod]
        public void EraseSetsItsSectorAloneToFFAndIsCounted()
        {
            SimulatedNorFlash part = new SimulatedNorFlash(64, 3, 1);
            byte[] zeros = new byte[192];
            part.Program(0, zeros, 0, 192);

            Assert.AreEqual((int)FlashResult.Ok, (int)part.EraseSector(1));
            Assert.AreEqual((byte)0x00, part.ByteAt(63));
            Assert.AreEqual((byte)0xFF, part.ByteAt(64));
            Assert.AreEqual((byte)0xFF, part.ByteAt(127));
            Assert.AreEqual((byte)0x00, part.ByteAt(128));
            Assert.AreEqual(1, part.EraseCount(1));
            Assert.AreEqual(0, part.EraseCount(0));
            Assert.AreEqual(1, part.Erases);
        }

        [TestMethod]
        public void ProgramsMustCoverWholeUnitsInsideThePart()
        {
            SimulatedNorFlash part = new SimulatedNorFlash(64, 2, 4);
            byte[] data = new byte[8];
            Assert.AreEqual((int)FlashResult.Misaligned, (int)part.Program(2, data, 0, 4));
            Assert.AreEqual((int)FlashResult.Misaligned, (int)part.Program(4, data, 0, 6));
            Assert.AreEqual((int)FlashResult.OutOfRange, (int)part.Program(124, data, 0, 8), "past the end of the part");
            Assert.AreEqual((int)FlashResult.OutOfRange, (int)part.Read(0, data, 4, 8), "past the end of the buffer");
            Assert.AreEqual((int)FlashResult.OutOfRange, (int)part.EraseSector(2));
            Assert.AreEqual(0L, part.ProgrammedBytes);
        }

        [TestMethod]
        public void ACutAfterNBytesWritesThemClearsPartOfTheNextAndStopsEverything()
        {
            SimulatedNorFlash part = new SimulatedNorFlash(64, 2, 1);
            part.CutPowerAfterProgrammedBytes(3);

            Assert.AreEqual((int)FlashResult.PowerLost, (int)part.Program(10, new byte[] { 1, 2, 3, 0x00, 5 }, 0, 5));
            Assert.AreEqual((byte)1, part.ByteAt(10));
            Assert.AreEqual((byte)3, part.ByteAt(12));
            Assert.AreEqual((byte)0xF0, part.ByteAt(13), "the interrupted byte: only its low nibble's bits were cleared");
            Assert.AreEqual((byte)0xFF, part.ByteAt(14), "never reached");
            Assert.IsFalse(part.IsPowered);

            byte[] buffer = new byte[1];
            Assert.AreEqual((int)FlashResult.PowerLost, (int)part.Read(10, buffer, 0, 1));
            Assert.AreEqual((int)FlashResult.PowerLost, (int)part.EraseSector(0));

            part.RestorePower();
            Assert.AreEqual((int)FlashResult.Ok, (int)part.Read(10, buffer, 0, 1));
            Assert.AreEqual((byte)0xF0, part.ByteAt(13), "what the cut left stays");
        }

        [TestMethod]
        public void ACutDuringAnEraseLeavesItsStartErasedAndTheRestPartlyErased()
        {
            SimulatedNorFlash part = new SimulatedNorFlash(64, 2, 1);
            byte[] zeros = new byte[128];
            part.Program(0, zeros, 0, 128);
            part.CutPowerDuringErase(1, 16);

            Assert.AreEqual((int)FlashResult.Ok, (int)part.EraseSector(0), "the erase before the cut completes");
            Assert.AreEqual((int)FlashResult.PowerLost, (int)part.EraseSector(1));
            Assert.AreEqual((byte)0xFF, part.ByteAt(64));
            Assert.AreEqual((byte)0xFF, part.ByteAt(79));

            int bitsSet = 0;
            int stillZero = 0;
            for (int address = 80; address < 128; address++)
            {
                byte value = part.ByteAt(address);
                stillZero += value == 0 ? 1 : 0;
                bitsSet += value != 0 ? 1 : 0;
            }

            Assert.IsTrue(bitsSet > 0 && stillZero > 0, "some bytes got bits set, some kept their old value");
            Assert.AreEqual(1, part.EraseCount(1), "an interrupted erase still wears the sector");
        }

        [TestMethod]
        public void AWornSectorRefusesErasesAndProgramsAndOthersCarryOn()
        {
            SimulatedNorFlash part = new SimulatedNorFlash(64, 2, 1);
            part.EraseEndurance = 2;
            part.EraseSector(0);
            part.EraseSector(0);

            Assert.AreEqual((int)FlashResult.Failed, (int)part.EraseSector(0));
            Assert.AreEqual((int)FlashResult.Failed, (int)part.Program(0, new byte[] { 0 }, 0, 1));
            Assert.AreEqual((byte)0xFF, part.ByteAt(0));
            Assert.AreEqual((int)FlashResult.Ok, (int)part.Program(64, new byte[] { 0 }, 0, 1));
        }

        [TestMethod]
        public void AnImageCopiedOutLoadsIntoAnotherPart()
        {
            SimulatedNorFlash part = new SimulatedNorFlash(64, 2, 1);
            part.Program(5, new byte[] { 0x42 }, 0, 1);
            byte[] image = new byte[part.Size];
            part.CopyImageTo(image);

            SimulatedNorFlash copy = new SimulatedNorFlash(64, 2, 1);
            copy.LoadImage(image);
            Assert.AreEqual((byte)0x42, copy.ByteAt(5));
            Assert.ThrowsException(typeof(System.ArgumentException), () => copy.LoadImage(new byte[3]));
        }
    }
}
