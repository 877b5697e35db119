using Keel.Console;
using Keel.Console.Commands;
using Keel.Pools;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    /// <summary>Every standard command's answer for the known state of <see cref="ConsoleRig"/>, to the byte.</summary>
    [TestClass]
    public class ConsoleCommandTests
    {
        private const string Help =
            "help [COMMAND]  lists the commands, or one command's usage and help\r\n"
            + "mem [collect]   heap at boot, collections since boot, the plan's totals; collect: free heap now (a pause)\r\n"
            + "pools           every pool and ring with use, high-water, failures and faults\r\n"
            + "pool NAME       one pool or ring in detail, with its size classes or owners\r\n"
            + "check           walks every pool's free lists, metadata and guard bytes\r\n"
            + "uptime          time since boot\r\n"
            + "stats reset     zeroes failures and faults, high-water to in use, driver counters (needs unlock)\r\n"
            + "version         Keel's version, the commit it was built from, and the board\r\n"
            + "unlock          allows commands that change state, until 'lock' or a restart\r\n"
            + "lock            refuses commands that change state again\r\n"
            + "say WORD...     prints its arguments\r\n"
            + "pin N [0|1]     reads pin N, or writes it (needs unlock)\r\n"
            + "broken          always throws\r\n"
            + "Add --kv for key=value lines; commands that change state need 'unlock'; 'help COMMAND' for one.\r\n";

        private const string Pools =
            "name      kind          capacity  in use    high  failed  faults  usage\r\n"
            + "timers    slot pool            8       2       3       0       1  [##+.......]\r\n"
            + "frames    block pool           4       2       2       0       0  [#####.....]\r\n"
            + "messages  size classes         6       5       5       1       0  [########..]\r\n"
            + "buffers   grant pool           6       4       4       0       0  [######....]\r\n"
            + "log       byte ring          128     100     128      72       0  [#######+++]\r\n"
            + "edges     record ring         16       3       3       0       0  [#.........]\r\n";

        private const string SlotFaults =
            "stale handles     0\r\n"
            + "double releases   0\r\n"
            + "invalid handles   0\r\n"
            + "out of bounds     0\r\n"
            + "guard overwrites  0\r\n"
            + "quarantined       0\r\n"
            + "last fault        none\r\n"
            + "last fault slot   none\r\n";

        [TestMethod]
        public void HelpListsEveryCommandInTheOrderAdded()
        {
            Assert.AreEqual(Help, new ConsoleRig().Type("help\r\n"));
        }

        [TestMethod]
        public void MemShowsTheHeapAndThePlanAgainstItsBudgetWithoutCollecting()
        {
            string expected =
                "heap free at boot 82000 B\r\n"
                + "collections       0 since boot\r\n"
                + "plan storage      1152 B\r\n"
                + "plan metadata     130 B\r\n"
                + "plan total        1282 B  [#.........]\r\n"
                + "plan budget       8192 B\r\n"
                + "plan headroom     6910 B\r\n";
            ConsoleRig rig = new ConsoleRig();
            Assert.AreEqual(expected, rig.Type("mem\r\n"));
            Assert.AreEqual(0, rig.Heap.CollectionsAskedFor);
        }

        [TestMethod]
        public void MemCollectMeasuresTheHeapNowAndSaysItCollected()
        {
            ConsoleRig rig = new ConsoleRig();
            rig.Heap.CollectionsSeen = 2;
            string answer = rig.Type("mem collect\r\n");
            Assert.StartsWith("heap free now     81234 B (forced a collection to measure)\r\n"
                + "heap free at boot 82000 B\r\n"
                + "collections       2 since boot\r\n", answer);
            Assert.AreEqual(1, rig.Heap.CollectionsAskedFor);
        }

        [TestMethod]
        public void MemRefusesAnythingButCollect()
        {
            ConsoleRig rig = new ConsoleRig();
            Assert.AreEqual("error: unknown action 'now'; usage: mem [collect]\r\n", rig.Type("mem now\r\n"));
            Assert.AreEqual("error: unexpected argument 'x'; usage: mem [collect]\r\n", rig.Type("mem collect x\r\n"));
            Assert.AreEqual(0, rig.Heap.CollectionsAskedFor);
        }

        [TestMethod]
        public void MemMarksASimulatedHeap()
        {
            ConsoleRig rig = new ConsoleRig();
            rig.Heap.Simulated = true;
            Assert.StartsWith("heap free at boot 82000 B (simulated)\r\n"
                + "collections       0 since boot (simulated: a look after the loop allocated)\r\n", rig.Type("mem\r\n"));
        }

        [TestMethod]
        public void MemWithoutAHeapMonitorSaysSoAndOverBudgetIsFlagged()
        {
            MemoryPlan plan = new MemoryPlan("tiny", 100);
            plan.Add(new SlotPool("slots", 10, 12));
            string answer = RunAlone(new MemCommand(plan, null), "mem");
            Assert.AreEqual(
                "heap              not measured (the firmware gave the console no heap monitor)\r\n"
                + "plan storage      120 B\r\n"
                + "plan metadata     40 B\r\n"
                + "plan total        160 B  [##########]\r\n"
                + "plan budget       100 B\r\n"
                + "plan headroom     -60 B  OVER BUDGET\r\n", answer);
        }

        [TestMethod]
        public void PoolsListsEveryPoolAndRingWithAUsageBar()
        {
            Assert.AreEqual(Pools, new ConsoleRig().Type("pools\r\n"));
        }

        [TestMethod]
        public void PoolShowsASlotPoolWithItsFaultKinds()
        {
            string expected =
                "name              timers\r\n"
                + "kind              slot pool\r\n"
                + "capacity          8 x 24 B\r\n"
                + "storage bytes     192 B\r\n"
                + "metadata bytes    32 B\r\n"
                + "in use            2  [##+.......]\r\n"
                + "high water        3\r\n"
                + "failures          0\r\n"
                + "faults            1\r\n"
                + "stale handles     0\r\n"
                + "double releases   1\r\n"
                + "invalid handles   0\r\n"
                + "out of bounds     0\r\n"
                + "guard overwrites  0\r\n"
                + "quarantined       0\r\n"
                + "last fault        double release\r\n"
                + "last fault slot   0\r\n";
            Assert.AreEqual(expected, new ConsoleRig().Type("pool timers\r\n"));
        }

        [TestMethod]
        public void PoolShowsABlockPoolWithItsHardening()
        {
            string expected =
                "name              frames\r\n"
                + "kind              block pool\r\n"
                + "capacity          4 x 64 B\r\n"
                + "storage bytes     256 B\r\n"
                + "metadata bytes    32 B\r\n"
                + "in use            2  [#####.....]\r\n"
                + "high water        2\r\n"
                + "failures          0\r\n"
                + "faults            0\r\n"
                + "notes             guard 4 B\r\n"
                + SlotFaults;
            Assert.AreEqual(expected, new ConsoleRig().Type("pool frames\r\n"));
        }

        [TestMethod]
        public void PoolShowsASizeClassPoolWithOneRowPerClass()
        {
            string expected =
                "name              messages\r\n"
                + "kind              size classes\r\n"
                + "capacity          6 of mixed sizes\r\n"
                + "storage bytes     192 B\r\n"
                + "metadata bytes    36 B\r\n"
                + "in use            5  [########..]\r\n"
                + "high water        5\r\n"
                + "failures          1\r\n"
                + "faults            0\r\n"
                + "notes             falls back to larger\r\n"
                + "oversized         1\r\n"
                + "requested bytes   52 B\r\n"
                + "granted bytes     128 B\r\n"
                + "part         capacity  in use    high  failed  faults  fallbacks  usage\r\n"
                + "messages/16         4       4       4       1       0          1  [##########]\r\n"
                + "messages/64         2       1       1       0       0          0  [#####.....]\r\n";
            Assert.AreEqual(expected, new ConsoleRig().Type("pool messages\r\n"));
        }

        [TestMethod]
        public void PoolShowsAGrantPoolWithOneRowPerOwner()
        {
            string expected =
                "name              buffers\r\n"
                + "kind              grant pool\r\n"
                + "capacity          6 x 32 B\r\n"
                + "storage bytes     192 B\r\n"
                + "metadata bytes    30 B\r\n"
                + "in use            4  [######....]\r\n"
                + "high water        4\r\n"
                + "failures          0\r\n"
                + "faults            0\r\n"
                + "notes             lends unreserved blocks\r\n"
                + SlotFaults
                + "reserved blocks   4\r\n"
                + "overflow capacity 2\r\n"
                + "overflow in use   1\r\n"
                + "overflow high     1\r\n"
                + "part             capacity  in use    high  failed  faults  overflow  usage\r\n"
                + "buffers/console         2       3       3       0       0         1  [##########]\r\n"
                + "buffers/flash           2       1       1       0       0         0  [#####.....]\r\n";
            Assert.AreEqual(expected, new ConsoleRig().Type("pool buffers\r\n"));
        }

        [TestMethod]
        public void PoolShowsARingWithItsTraffic()
        {
            string expected =
                "name              log\r\n"
                + "kind              byte ring\r\n"
                + "capacity          128 x 1 B\r\n"
                + "storage bytes     128 B\r\n"
                + "metadata bytes    0 B\r\n"
                + "in use            100  [#######+++]\r\n"
                + "high water        128\r\n"
                + "failures          72\r\n"
                + "faults            0\r\n"
                + "notes             overwrite oldest\r\n"
                + "written           200\r\n"
                + "read              28\r\n"
                + "rejected          0\r\n"
                + "overwritten       72\r\n";
            Assert.AreEqual(expected, new ConsoleRig().Type("pool log\r\n"));
        }

        [TestMethod]
        public void PoolFindsAClassAndAnOwnerByTheirNames()
        {
            ConsoleRig rig = new ConsoleRig();
            string classAnswer = rig.Type("pool messages/16\r\n");
            Assert.StartsWith("name              messages/16\r\nkind              block pool\r\ncapacity          4 x 16 B\r\n", classAnswer);
            Assert.Contains("failures          1\r\n", classAnswer);

            string expected =
                "name              buffers/console\r\n"
                + "kind              grant\r\n"
                + "capacity          2 x 32 B\r\n"
                + "storage bytes     64 B\r\n"
                + "metadata bytes    0 B\r\n"
                + "in use            3  [##########]\r\n"
                + "high water        3\r\n"
                + "failures          0\r\n"
                + "faults            0\r\n"
                + "borrowed          1\r\n";
            Assert.AreEqual(expected, rig.Type("pool buffers/console\r\n"));
        }

        [TestMethod]
        [DataRow("pool\r\n", "error: name a pool (see 'pools'); usage: pool NAME\r\n")]
        [DataRow("pool nope\r\n", "error: no pool or ring named 'nope' (see 'pools'); usage: pool NAME\r\n")]
        [DataRow("pool timers extra\r\n", "error: unexpected argument 'extra'; usage: pool NAME\r\n")]
        [DataRow("pool Timers\r\n", "error: no pool or ring named 'Timers' (see 'pools'); usage: pool NAME\r\n")]
        [DataRow("pools all\r\n", "error: unexpected argument 'all'; usage: pools\r\n")]
        [DataRow("mem now\r\n", "error: unknown action 'now'; usage: mem [collect]\r\n")]
        [DataRow("stats\r\n", "error: say what to do with the statistics; usage: stats reset\r\n")]
        [DataRow("stats clear\r\n", "error: unknown action 'clear'; usage: stats reset\r\n")]
        [DataRow("poolz\r\n", "error: unknown command 'poolz'; type 'help' for the list\r\n")]
        [DataRow("say 1 2 3 4 5 6 7 8\r\n", "error: more than 8 words; usage: say WORD...\r\n")]
        [DataRow("broken\r\n", "error: 'broken' failed: index out of step\r\n")]
        public void UnknownCommandsAndBadArgumentsGetOneLineWithTheUsage(string line, string expected)
        {
            ConsoleRig rig = new ConsoleRig();
            Assert.AreEqual(expected, rig.Type(line));
            Assert.AreEqual(1, rig.Console.Errors);

            // The console carries on as before.
            Assert.AreEqual("said [ok]\r\n", rig.Type("say ok\r\n"));
            Assert.AreEqual(1, rig.Console.Errors);
        }

        [TestMethod]
        public void CheckReportsAConsistentBoard()
        {
            Assert.AreEqual("check: ok, 6 pools and rings consistent\r\n", new ConsoleRig().Type("check\r\n"));
        }

        [TestMethod]
        public void CheckNamesThePoolTheProblemAndWhere()
        {
            ConsoleRig rig = new ConsoleRig();
            BlockPool frames = (BlockPool)rig.Plan.Registry.Find("frames");

            // Code working in place on block 1 ran 1 byte past its end, into the guard.
            frames.Arena[frames.BlockSize + BlockPool.GuardSize + frames.BlockSize] = 0;
            Assert.AreEqual("check: pool 'frames': guard bytes after a block overwritten (position 1)\r\n", rig.Type("check\r\n"));
        }

        [TestMethod]
        public void UptimeShowsDaysAndClockTime()
        {
            ConsoleRig rig = new ConsoleRig();
            Assert.AreEqual("uptime 1d 02:03:04.567\r\n", rig.Type("uptime\r\n"));
            rig.Clock.Microseconds = 999;
            Assert.AreEqual("uptime 0d 00:00:00.000\r\n", rig.Type("uptime\r\n"));
            rig.Clock.Microseconds = -5;
            Assert.AreEqual("uptime 0d 00:00:00.000\r\n", rig.Type("uptime\r\n"));
        }

        [TestMethod]
        public void VersionShowsKeelsVersionAndTheBoardWhenKnown()
        {
            Assert.AreEqual("Keel " + KeelVersion.Text + " (commit " + KeelVersion.Commit + ") on board test-board\r\n", new ConsoleRig().Type("version\r\n"));
            Assert.AreEqual("Keel 0.1.0 (commit " + KeelVersion.Commit + ")\r\n", RunAlone(new VersionCommand(null), "version"));
        }

        /// <summary>Runs one line on a console that has only this command.</summary>
        private static string RunAlone(IConsoleCommand command, string line)
        {
            MemorySerialPort port = new MemorySerialPort(256, 4096);
            SerialConsole console = new SerialConsole(port, new ByteRing("in", 64, OverflowPolicy.RejectNewest),
                new ByteRing("out", 256, OverflowPolicy.OverwriteOldest), 40, 1, false);
            console.Commands.Add(command);
            port.Send(line + "\n");
            console.Poll();
            return port.TakeOutput();
        }
    }
}
