using System;
using System.IO;
using Keel.Firmware.Boards;
using Keel.Sim.Board;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>A damaged flash image is never wiped in silence: the boot line and 'flash' say what was lost (issue 15).</summary>
    [TestClass]
    public class FlashDamageReportTests
    {
        [TestMethod]
        public void AnImageWithItsFirst300BytesOverwrittenIsReportedAtBootAndOnFlash()
        {
            FileBackedNorFlashTests.WithImagePath(image =>
            {
                Run(image, "press", "wait 200ms");
                string second = Run(image, "flash", "expect records           3 of 24");
                StringAssert.Contains(second, "boot 2: store mounted (3 records)");

                byte[] bytes = File.ReadAllBytes(image);
                Random random = new Random(15);
                for (int i = 0; i < 300; i++)
                {
                    bytes[i] = (byte)random.Next(256);
                }

                File.WriteAllBytes(image, bytes);
                string third = Run(image, "flash", "flash --kv");
                StringAssert.Contains(third, "store mounted (");

                // docs/flash-reliability.md prints this boot line.
                string line = third.Split('\n')[Array.FindIndex(third.Split('\n'), l => l.StartsWith("boot "))];
                string documented = line.Substring(0, line.IndexOf("); ", StringComparison.Ordinal) + 3) + "...";
                StringAssert.Contains(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "flash-reliability.md")), documented);
                StringAssert.Contains(third, "; flash damaged: 1 sector unreadable, ");
                StringAssert.Contains(third, "bad sectors       1");
                StringAssert.Contains(third, "flash.unreadable_sectors=1");
                Assert.IsFalse(third.Contains("flash.lost_bytes=0\r\n") || third.Contains("flash.lost_bytes=0\n"), third);

                // The loss is kept on flash: the next boot says it again, until the store is erased on purpose.
                string fourth = Run(image, "flash", "unlock", "flash erase", "flash --kv");
                StringAssert.Contains(fourth, "; flash damaged: 1 sector unreadable, ");
                StringAssert.Contains(fourth, "flash.unreadable_sectors=0");
                StringAssert.Contains(Run(image), "store mounted (1 record); ");
            });
        }

        [TestMethod]
        public void AFullyRandomImageIsReportedAsUnreadableNotMountedAsEmpty()
        {
            FileBackedNorFlashTests.WithImagePath(image =>
            {
                byte[] bytes = new byte[Esp32DevKitC.FlashSectorSize * Esp32DevKitC.FlashSectors];
                new Random(16).NextBytes(bytes);
                File.WriteAllBytes(image, bytes);
                string first = Run(image, "flash --kv");
                StringAssert.Contains(first, "; flash damaged: 4 sectors unreadable, ");
                StringAssert.Contains(first, "flash.unreadable_sectors=4");
            });
        }

        private static string Run(string image, params string[] script)
        {
            StringWriter output = new StringWriter();
            StringWriter errors = new StringWriter();
            using (SimulatedBoard board = new SimulatedBoard(Esp32DevKitC.Describe(), image))
            {
                Assert.AreEqual(0, SimRun.Batch(board, script, "script", 0, output, errors), errors.ToString() + output);
            }

            return output.ToString();
        }
    }
}
