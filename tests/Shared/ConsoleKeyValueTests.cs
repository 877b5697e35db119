using Keel.Console;
using Keel.Pools;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    /// <summary>
    /// The --kv format scripts rely on: one "key=value" a line, keys of lower-case words joined
    /// by '.' and '_' (a pool's or command's name as one segment), values a decimal integer or
    /// text to the line's end, and a last line "status=ok" or, after one "error=..." line,
    /// "status=error".
    /// </summary>
    [TestClass]
    public class ConsoleKeyValueTests
    {
        [TestMethod]
        public void PoolsListsTheSameFiguresForEveryEntryThenTheCount()
        {
            string answer = new ConsoleRig().Type("pools --kv\r\n");
            Assert.StartsWith(
                "pool.timers.kind=slot pool\r\n"
                + "pool.timers.capacity=8\r\n"
                + "pool.timers.item_bytes=24\r\n"
                + "pool.timers.in_use=2\r\n"
                + "pool.timers.high_water=3\r\n"
                + "pool.timers.failures=0\r\n"
                + "pool.timers.faults=1\r\n"
                + "pool.frames.kind=block pool\r\n", answer);
            Assert.Contains("pool.messages.item_bytes=0\r\n", answer);
            Assert.Contains("pool.log.failures=72\r\n", answer);
            Assert.Contains("pool.edges.faults=0\r\npools.count=6\r\nstatus=ok\r\n", answer);
            Assert.AreEqual(6 * 7 + 2, LineCount(answer));
        }

        [TestMethod]
        public void PoolListsEveryFigureOfThePoolThenEachPartWithWhatItBorrowed()
        {
            string expected =
                "pool.messages.kind=size classes\r\n"
                + "pool.messages.capacity=6\r\n"
                + "pool.messages.item_bytes=0\r\n"
                + "pool.messages.storage_bytes=192\r\n"
                + "pool.messages.metadata_bytes=36\r\n"
                + "pool.messages.in_use=5\r\n"
                + "pool.messages.high_water=5\r\n"
                + "pool.messages.failures=1\r\n"
                + "pool.messages.faults=0\r\n"
                + "pool.messages.notes=falls back to larger\r\n"
                + "pool.messages.oversized=1\r\n"
                + "pool.messages.requested_bytes=52\r\n"
                + "pool.messages.granted_bytes=128\r\n"
                + "pool.messages/16.part_of=messages\r\n"
                + "pool.messages/16.kind=block pool\r\n"
                + "pool.messages/16.capacity=4\r\n"
                + "pool.messages/16.item_bytes=16\r\n"
                + "pool.messages/16.in_use=4\r\n"
                + "pool.messages/16.high_water=4\r\n"
                + "pool.messages/16.failures=1\r\n"
                + "pool.messages/16.faults=0\r\n"
                + "pool.messages/16.fallbacks=1\r\n"
                + "pool.messages/64.part_of=messages\r\n"
                + "pool.messages/64.kind=block pool\r\n"
                + "pool.messages/64.capacity=2\r\n"
                + "pool.messages/64.item_bytes=64\r\n"
                + "pool.messages/64.in_use=1\r\n"
                + "pool.messages/64.high_water=1\r\n"
                + "pool.messages/64.failures=0\r\n"
                + "pool.messages/64.faults=0\r\n"
                + "pool.messages/64.fallbacks=0\r\n"
                + "status=ok\r\n";
            Assert.AreEqual(expected, new ConsoleRig().Type("pool messages --kv\r\n"));
        }

        [TestMethod]
        public void PoolOfASlotPoolNamesItsLastFault()
        {
            string answer = new ConsoleRig().Type("pool --kv timers\r\n");
            Assert.Contains("pool.timers.notes=\r\n", answer);
            Assert.Contains("pool.timers.double_releases=1\r\n", answer);
            Assert.Contains("pool.timers.last_fault=double release\r\npool.timers.last_fault_slot=0\r\nstatus=ok\r\n", answer);
        }

        [TestMethod]
        public void MemGivesTheHeapAndThePlanInBytes()
        {
            string expected =
                "heap.measured=1\r\n"
                + "heap.simulated=0\r\n"
                + "heap.free_at_boot_bytes=82000\r\n"
                + "heap.collections=0\r\n"
                + "plan.storage_bytes=1152\r\n"
                + "plan.metadata_bytes=130\r\n"
                + "plan.total_bytes=1282\r\n"
                + "plan.budget_bytes=8192\r\n"
                + "plan.headroom_bytes=6910\r\n"
                + "status=ok\r\n";
            Assert.AreEqual(expected, new ConsoleRig().Type("mem --kv\r\n"));
        }

        [TestMethod]
        public void MemCollectAddsTheFreeHeapNow()
        {
            string answer = new ConsoleRig().Type("mem collect --kv\r\n");
            Assert.StartsWith("heap.measured=1\r\nheap.simulated=0\r\nheap.free_bytes=81234\r\nheap.free_at_boot_bytes=82000\r\n", answer);
        }

        [TestMethod]
        public void HelpGivesEachCommandsUsageAndHelp()
        {
            string answer = new ConsoleRig().Type("help --kv\r\n");
            Assert.StartsWith("command.help.usage=help [COMMAND]\r\ncommand.help.help=lists the commands, or one command's usage and help\r\ncommand.mem.usage=mem [collect]\r\n", answer);
            Assert.Contains("command.pool.usage=pool NAME\r\n", answer);
            Assert.Contains("command.broken.help=always throws\r\nstatus=ok\r\n", answer);
            Assert.AreEqual(13 * 2 + 1, LineCount(answer));
        }

        [TestMethod]
        [DataRow("check --kv", "check.walked=6\r\ncheck.result=ok\r\nstatus=ok\r\n")]
        [DataRow("uptime --kv", "uptime.microseconds=93784567000\r\nstatus=ok\r\n")]
        [DataRow("unlock --kv", "console.unlocked=1\r\nstatus=ok\r\n")]
        [DataRow("lock --kv", "console.unlocked=0\r\nstatus=ok\r\n")]
        [DataRow("stats reset --kv", "error=console locked: 'stats reset' changes state; type 'unlock' first\r\nstatus=error\r\n")]
        [DataRow("nope --kv", "error=unknown command 'nope'; type 'help' for the list\r\nstatus=error\r\n")]
        [DataRow("pool --kv", "error=name a pool (see 'pools'); usage: pool NAME\r\nstatus=error\r\n")]
        [DataRow("broken --kv", "error='broken' failed: index out of step\r\nstatus=error\r\n")]
        [DataRow("--kv", "error=--kv needs a command, such as 'pools --kv'\r\nstatus=error\r\n")]
        public void EveryAnswerEndsWithItsStatus(string line, string expected)
        {
            Assert.AreEqual(expected, new ConsoleRig().Type(line + "\r\n"));
        }

        [TestMethod]
        public void CheckNamesTheProblemInKeys()
        {
            ConsoleRig rig = new ConsoleRig();
            BlockPool frames = (BlockPool)rig.Plan.Registry.Find("frames");
            frames.Arena[frames.BlockSize] = 0;
            Assert.AreEqual("check.walked=6\r\ncheck.result=problem\r\ncheck.pool=frames\r\n"
                + "check.problem=guard bytes after a block overwritten\r\ncheck.position=0\r\nstatus=ok\r\n", rig.Type("check --kv\r\n"));
        }

        [TestMethod]
        public void StatsResetUnlockedSaysHowManyWereReset()
        {
            ConsoleRig rig = new ConsoleRig();
            rig.Type("unlock\r\n");
            Assert.AreEqual("stats.reset=6\r\nstats.reset_counters=\r\nstatus=ok\r\n", rig.Type("stats reset --kv\r\n"));
        }

        private static int LineCount(string text)
        {
            int lines = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    lines++;
                }
            }

            return lines;
        }

        [TestMethod]
        public void VersionKeyValueNamesTheCommit()
        {
            Assert.AreEqual("keel.version=0.1.0\r\nkeel.commit=" + KeelVersion.Commit + "\r\nboard.name=test-board\r\nstatus=ok\r\n",
                new ConsoleRig().Type("version --kv\r\n"));
        }

        [TestMethod]
        public void TheCommitIsAShortHashOrUnknown()
        {
            string commit = KeelVersion.Commit;
            Assert.IsTrue(commit == "unknown" || (commit.Length >= 7 && commit.Length <= 40), commit);
            for (int i = 0; commit != "unknown" && i < commit.Length; i++)
            {
                Assert.IsTrue((commit[i] >= '0' && commit[i] <= '9') || (commit[i] >= 'a' && commit[i] <= 'f'), commit);
            }
        }
    }
}
