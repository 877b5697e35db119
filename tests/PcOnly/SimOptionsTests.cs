using System.IO;
using Keel.Sim.Board;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>The simulator's options: what each sets, and a clear error with exit code 2 for a bad one.</summary>
    [TestClass]
    public class SimOptionsTests
    {
        [TestMethod]
        public void NoOptionsBootTheDevKitCInteractively()
        {
            string error;
            SimOptions options = SimOptions.Parse(new string[0], out error);
            Assert.IsNull(error);
            Assert.AreEqual("esp32-devkitc", options.Board.Name);
            Assert.IsTrue(options.Interactive);
            Assert.IsNull(options.FlashPath);
        }

        [TestMethod]
        public void EveryOptionIsRead()
        {
            string error;
            SimOptions options = SimOptions.Parse(
                new[] { "--board", "stm32f769i-disco", "--flash", "f.img", "--script", "s.txt", "--steps", "50" }, out error);
            Assert.IsNull(error);
            Assert.AreEqual("stm32f769i-disco", options.Board.Name);
            Assert.AreEqual("f.img", options.FlashPath);
            Assert.AreEqual("s.txt", options.ScriptPath);
            Assert.AreEqual(50L, options.Steps);
            Assert.IsFalse(options.Interactive);
        }

        [TestMethod]
        [DataRow("--board|nope", "no board named 'nope'; the boards are esp32-devkitc, esp32-wrover, stm32f769i-disco, tiny")]
        [DataRow("--steps|many", "--steps takes a whole number of loop iterations (0 or more), not 'many'")]
        [DataRow("--steps|-3", "--steps takes a whole number of loop iterations (0 or more), not '-3'")]
        [DataRow("--flash", "option --flash needs a value")]
        [DataRow("--script|--steps|4", "option --script needs a value")]
        [DataRow("--verbose", "unknown option '--verbose'")]
        [DataRow("--board|tiny|--board|esp32-wrover", "option --board is given twice ('tiny' and 'esp32-wrover'); give it once")]
        [DataRow("--flash|a.img|--flash|b.img", "option --flash is given twice ('a.img' and 'b.img'); give it once")]
        [DataRow("--steps|5|--steps|6", "option --steps is given twice ('5' and '6'); give it once")]
        public void ABadOptionIsNamed(string arguments, string expected)
        {
            string error;
            Assert.IsNull(SimOptions.Parse(arguments.Split('|'), out error));
            Assert.AreEqual(expected, error);
        }

        [TestMethod]
        public void TheProgramExitsWithStatus2OnABadOptionAnd0WithHelp()
        {
            TextWriter savedError = System.Console.Error;
            TextWriter savedOut = System.Console.Out;
            StringWriter errors = new StringWriter();
            try
            {
                System.Console.SetError(errors);
                System.Console.SetOut(new StringWriter());
                Assert.AreEqual(2, RunProgram("--board", "nope"));
                Assert.AreEqual(2, RunProgram("--script", Path.Combine(Path.GetTempPath(), "keel-no-such-script.txt")));
                Assert.AreEqual(0, RunProgram("--help"));
                string image = Path.Combine(Path.GetTempPath(), "keel-short-image-" + System.Guid.NewGuid().ToString("N") + ".img");
                File.WriteAllBytes(image, new byte[100]);
                try
                {
                    Assert.AreEqual(2, RunProgram("--flash", image, "--steps", "1"));
                }
                finally
                {
                    File.Delete(image);
                }
            }
            finally
            {
                System.Console.SetError(savedError);
                System.Console.SetOut(savedOut);
            }

            StringAssert.StartsWith(errors.ToString(), "keel-sim: no board named 'nope'");
            StringAssert.Contains(errors.ToString(), "usage: dotnet run --project sim --");
            StringAssert.Contains(errors.ToString(), "keel-sim: no script file");
            StringAssert.Contains(errors.ToString(), "holds 100 bytes, but board esp32-devkitc has 4 sectors of 4096 bytes, an image of 16384 bytes");
        }

        private static int RunProgram(params string[] args)
        {
            return (int)typeof(SimOptions).Assembly.EntryPoint.Invoke(null, new object[] { args });
        }
    }
}
