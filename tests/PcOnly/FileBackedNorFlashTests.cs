using System;
using System.IO;
using Keel.Drivers.Flash;
using Keel.Sim.Flash;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>The simulated board keeps its flash in an image file between runs.</summary>
    [TestClass]
    public class FileBackedNorFlashTests
    {
        [TestMethod]
        public void RecordsWrittenInOneRunAreThereInTheNext()
        {
            WithImagePath(path =>
            {
                using (FileBackedNorFlash part = new FileBackedNorFlash(path, 256, 4, 4))
                {
                    RecordStore store = new RecordStore("settings", part, 8, 48);
                    Assert.AreEqual(StoreResult.Ok, store.TryMount());
                    Assert.AreEqual(StoreResult.Ok, store.TryWrite(7, new byte[] { 1, 2, 3 }, 0, 3));
                }

                Assert.AreEqual(1024L, new FileInfo(path).Length);
                byte[] image = File.ReadAllBytes(path);
                Assert.AreEqual(RecordLayout.Magic, BitConverter.ToUInt32(image, 0), "the file holds the flash bytes as they are");

                using (FileBackedNorFlash part = new FileBackedNorFlash(path, 256, 4, 4))
                {
                    RecordStore store = new RecordStore("settings", part, 8, 48);
                    Assert.AreEqual(StoreResult.Ok, store.TryMount());
                    byte[] back = new byte[48];
                    int length;
                    Assert.AreEqual(StoreResult.Ok, store.TryRead(7, back, 0, out length));
                    Assert.AreEqual(3, length);
                    Assert.AreEqual((byte)3, back[2]);
                    Assert.AreEqual(0, part.Erases, "the second run formats nothing");
                }
            });
        }

        [TestMethod]
        public void APowerCutIsKeptInTheFileAsIs()
        {
            WithImagePath(path =>
            {
                using (FileBackedNorFlash part = new FileBackedNorFlash(path, 256, 4, 4))
                {
                    RecordStore store = new RecordStore("settings", part, 8, 48);
                    store.TryMount();
                    store.TryWrite(1, new byte[] { 1 }, 0, 1);
                    part.CutPowerAfterProgrammedBytes(10);
                    Assert.AreEqual(StoreResult.FlashFailed, store.TryWrite(1, new byte[] { 2 }, 0, 1));
                }

                using (FileBackedNorFlash part = new FileBackedNorFlash(path, 256, 4, 4))
                {
                    RecordStore store = new RecordStore("settings", part, 8, 48);
                    Assert.AreEqual(StoreResult.Ok, store.TryMount());
                    Assert.AreEqual(1, store.Statistics.TornRecordsAtMount, "the half-written record reached the file");
                    Assert.AreEqual(1, store.LengthOf(1));
                }
            });
        }

        [TestMethod]
        public void ALoadedImageIsWrittenThroughToTheFile()
        {
            WithImagePath(path =>
            {
                byte[] image = new byte[1024];
                for (int i = 0; i < image.Length; i++)
                {
                    image[i] = (byte)(i * 7);
                }

                using (FileBackedNorFlash part = new FileBackedNorFlash(path, 256, 4, 4))
                {
                    part.LoadImage(image);
                }

                CollectionAssert.AreEqual(image, File.ReadAllBytes(path), "the file holds what was loaded");
                using (FileBackedNorFlash reopened = new FileBackedNorFlash(path, 256, 4, 4))
                {
                    Assert.AreEqual(image[1000], reopened.ByteAt(1000), "a reopened part shows the loaded bytes");
                }
            });
        }

        [TestMethod]
        [DataRow(100)]
        [DataRow(0)]
        public void AnImageOfAnotherSizeIsABootErrorThatSaysWhatToDo(int length)
        {
            WithImagePath(path =>
            {
                File.WriteAllBytes(path, new byte[length]);
                InvalidDataException error = Assert.ThrowsExactly<InvalidDataException>(() => new FileBackedNorFlash(path, 256, 4, 4));
                StringAssert.Contains(error.Message, "holds " + length + " bytes");
                StringAssert.Contains(error.Message, "needs 1024");
                StringAssert.Contains(error.Message, "Delete the file");
            });
        }

        /// <summary>Runs test with the path of an image file in a folder of its own, deleted afterwards.</summary>
        internal static void WithImagePath(Action<string> test)
        {
            string folder = Directory.CreateTempSubdirectory("keel-flash").FullName;
            try
            {
                test(Path.Combine(folder, "keel.flash"));
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }
    }
}
