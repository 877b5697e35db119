using System;
using System.IO;
using Keel.Sim.Board;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>--flash paths that cannot be used are refused with exit code 2 and a sentence saying what to change, never .NET's exception text; every image of the wrong size is refused alike, an empty one too.</summary>
    [TestClass]
    public class SimFlashOptionTests
    {
        [TestMethod]
        public void AFolderIsRefusedWithTheFileToGive()
        {
            string folder = Directory.CreateTempSubdirectory("keel-flash").FullName;
            try
            {
                string errors = Refused(folder);
                Assert.AreEqual("keel-sim: --flash " + folder + " is a folder; give a file in it, such as "
                    + Path.Combine(folder, "keel.flash") + " (it is created erased)" + Environment.NewLine, errors);
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        [TestMethod]
        public void AMissingFolderIsRefusedAndNamed()
        {
            string path = Path.Combine(Path.GetTempPath(), "keel-no-such-folder-" + Guid.NewGuid().ToString("N"), "keel.flash");
            string errors = Refused(path);
            StringAssert.StartsWith(errors, "keel-sim: --flash " + path + ": the folder ");
            StringAssert.Contains(errors, " does not exist; create it, or give a file in a folder that exists");
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(1000)]
        [DataRow(16385)]
        public void AnImageOfAnotherSizeIsRefusedWithTheSizeExpected(int length)
        {
            string folder = Directory.CreateTempSubdirectory("keel-flash").FullName;
            try
            {
                string image = Path.Combine(folder, "keel.flash");
                File.WriteAllBytes(image, new byte[length]);
                string errors = Refused(image);
                Assert.AreEqual("keel-sim: --flash " + image + " holds " + length + " bytes, but board esp32-devkitc has 4 sectors of 4096 bytes,"
                    + " an image of 16384 bytes; give another file (a missing one is created erased), delete this one to start erased,"
                    + " or use the --board it was made with" + Environment.NewLine, errors);
                Assert.AreEqual(length, new FileInfo(image).Length, "a refused image is left as it was");
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        [TestMethod]
        public void AMissingFileIsCreatedErasedAndKeptBetweenRuns()
        {
            string folder = Directory.CreateTempSubdirectory("keel-flash").FullName;
            try
            {
                string image = Path.Combine(folder, "keel.flash");
                string script = Path.Combine(folder, "s.keel");
                File.WriteAllLines(script, new[] { "log" });
                Assert.AreEqual(0, Run(out _, "--flash", image, "--script", script));
                File.WriteAllLines(script, new[] { "log", "expect boots             2" });
                string errors;
                Assert.AreEqual(0, Run(out errors, "--flash", image, "--script", script), errors);
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        private static string Refused(string flash)
        {
            string errors;
            Assert.AreEqual(SimMain.UsageError, Run(out errors, "--flash", flash, "--steps", "1"));
            return errors;
        }

        private static int Run(out string errors, params string[] args)
        {
            StringWriter error = new StringWriter();
            int status = SimMain.Run(args, () => throw new InvalidOperationException("not interactive"), new StringWriter(), error, new SteppingRealTime(1000));
            errors = error.ToString();
            return status;
        }
    }
}
