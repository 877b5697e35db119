using System;
using Keel.Tests;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>A million random bytes on the serial line never break the console: afterwards it answers help exactly as a fresh one does.</summary>
    [TestClass]
    public class ConsoleNoiseTests
    {
        private const int NoiseBytes = 1000000;
        private const int Seed = 20240607;

        [TestMethod]
        [DataRow(false)]
        [DataRow(true)]
        public void RandomBytesNeverThrowAndLeaveHelpWorking(bool echo)
        {
            string freshHelp = new ConsoleRig(echo).Type("help\r\n");

            ConsoleRig rig = new ConsoleRig(echo);
            Random random = new Random(Seed);
            byte[] chunk = new byte[1 + random.Next(4096)];
            int sent = 0;
            while (sent < NoiseBytes)
            {
                int count = Math.Min(1 + random.Next(chunk.Length), NoiseBytes - sent);
                random.NextBytes(chunk);
                rig.Port.Send(chunk, 0, count);
                rig.Drain();
                rig.Port.ClearOutput();
                sent += count;
            }

            // Whatever the noise left half-typed ends with the next line end, like a person pressing Enter.
            rig.Type("\u0003\r\n");
            Assert.AreEqual(freshHelp, rig.Type("help\r\n"));
            Assert.IsTrue(rig.Console.LinesDiscarded > 1000, "the noise held many lines: " + rig.Console.LinesDiscarded);
            Assert.AreEqual(0, rig.Input.Failures, "the console reads only what fits its input ring");
            Assert.AreEqual(NoiseBytes + 3 + 6, rig.Input.TotalRead);
        }
    }
}
