using System;
using Keel.Console;
using Keel.Tests;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>Every read-only command, its --kv form and every error answer, typed and answered 10,000 times, allocate exactly 0 bytes.</summary>
    /// <remarks>A command that throws is left out: its exception is its own allocation, not the console's.</remarks>
    [TestClass]
    public class ConsoleAllocationTests
    {
        private const int Runs = 10000;

        [TestMethod]
        [DataRow("help")]
        [DataRow("mem")]
        [DataRow("pools")]
        [DataRow("pool timers")]
        [DataRow("pool frames")]
        [DataRow("pool messages")]
        [DataRow("pool messages/64")]
        [DataRow("pool buffers")]
        [DataRow("pool buffers/flash")]
        [DataRow("pool log")]
        [DataRow("pool edges")]
        [DataRow("check")]
        [DataRow("uptime")]
        [DataRow("version")]
        [DataRow("pin 3")]
        public void ReadOnlyCommandsAllocateNothing(string line)
        {
            AssertNoAllocation(line + "\r\n", false);
            AssertNoAllocation(line + " --kv\r\n", false);
        }

        [TestMethod]
        [DataRow("nope")]
        [DataRow("pool")]
        [DataRow("pool nope")]
        [DataRow("pools extra")]
        [DataRow("stats reset")]
        [DataRow("pin 1 1")]
        [DataRow("say 1 2 3 4 5 6 7 8 9")]
        [DataRow("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
        [DataRow("say \u0001\u00ff")]
        [DataRow("abc\u0003nope")]
        [DataRow("--kv")]
        public void ErrorAnswersAllocateNothing(string line)
        {
            AssertNoAllocation(line + "\r\n", false);
        }

        [TestMethod]
        public void TypingWithEchoAndBackspacesAllocatesNothing()
        {
            AssertNoAllocation("poolz\bs\r\n", true);
        }

        [TestMethod]
        public void UnlockedStatsResetAllocatesNothing()
        {
            AssertNoAllocation("unlock\r\nstats reset\r\nlock\r\n", false);
        }

        private static void AssertNoAllocation(string typed, bool echo)
        {
            ConsoleRig rig = new ConsoleRig(echo);
            AssertTypingAllocatesNothing(rig.Port, rig.Drain, typed);
        }

        /// <summary>Sends typed to a console's port and drains it <see cref="Runs"/> times; asserts 0 bytes allocated and an answer each time.</summary>
        public static void AssertTypingAllocatesNothing(MemorySerialPort port, Action drain, string typed)
        {
            int answerBytes = 0;
            long bytes = AllocationProbe.BytesAllocatedBy(i =>
            {
                port.Send(typed);
                drain();
                answerBytes = port.OutputCount;
                port.ClearOutput();
            }, Runs);

            Assert.AreEqual(0L, bytes, typed);
            Assert.IsTrue(answerBytes > 0, "the console answered " + typed);
        }
    }
}
