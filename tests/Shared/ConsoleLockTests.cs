using nanoFramework.TestFramework;

namespace Keel.Tests
{
    /// <summary>Commands that change state run only after unlock, in this session, and say so when refused.</summary>
    [TestClass]
    public class ConsoleLockTests
    {
        [TestMethod]
        public void StatsResetIsRefusedWhileLockedAndChangesNothing()
        {
            ConsoleRig rig = new ConsoleRig();
            Assert.IsFalse(rig.Console.IsUnlocked);
            Assert.AreEqual("error: console locked: 'stats reset' changes state; type 'unlock' first\r\n", rig.Type("stats reset\r\n"));
            Assert.AreEqual(1, rig.Plan.Registry.Find("timers").Faults);
            Assert.AreEqual(72, rig.Plan.Registry.Find("log").Failures);
        }

        [TestMethod]
        public void AfterUnlockStatsResetZeroesFailuresAndFaultsAndHighWaterIsWhatIsInUse()
        {
            ConsoleRig rig = new ConsoleRig();
            Assert.AreEqual("unlocked: commands that change state are allowed until 'lock' or a restart\r\n", rig.Type("unlock\r\n"));
            Assert.IsTrue(rig.Console.IsUnlocked);
            Assert.AreEqual("statistics reset for 6 pools and rings\r\n", rig.Type("stats reset\r\n"));

            string expected =
                "name      kind          capacity  in use    high  failed  faults  usage\r\n"
                + "timers    slot pool            8       2       2       0       0  [##........]\r\n"
                + "frames    block pool           4       2       2       0       0  [#####.....]\r\n"
                + "messages  size classes         6       5       5       0       0  [########..]\r\n"
                + "buffers   grant pool           6       4       4       0       0  [######....]\r\n"
                + "log       byte ring          128     100     100       0       0  [#######...]\r\n"
                + "edges     record ring         16       3       3       0       0  [#.........]\r\n";
            Assert.AreEqual(expected, rig.Type("pools\r\n"));
        }

        [TestMethod]
        public void LockRefusesStateChangesAgain()
        {
            ConsoleRig rig = new ConsoleRig();
            rig.Type("unlock\r\n");
            Assert.AreEqual("locked: commands that change state are refused until 'unlock'\r\n", rig.Type("lock\r\n"));
            Assert.AreEqual("error: console locked: 'stats reset' changes state; type 'unlock' first\r\n", rig.Type("stats reset\r\n"));
        }

        [TestMethod]
        public void ADriversCommandReadsFreelyAndWritesOnlyWhenUnlocked()
        {
            ConsoleRig rig = new ConsoleRig();
            Assert.AreEqual("pin 2 reads 0\r\n", rig.Type("pin 2\r\n"));
            Assert.AreEqual("error: console locked: 'pin write' changes state; type 'unlock' first\r\n", rig.Type("pin 2 1\r\n"));
            Assert.AreEqual(0, rig.Pins.Levels[2]);

            rig.Type("unlock\r\n");
            Assert.AreEqual("pin 2 set to 1\r\n", rig.Type("pin 0x2 1\r\n"));
            Assert.AreEqual(1, rig.Pins.Levels[2]);
            Assert.AreEqual("error: level '7' is not 0 or 1; usage: pin N [0|1]\r\n", rig.Type("pin 2 7\r\n"));
            Assert.AreEqual("error: no pin '9' (pins are 0 to 3); usage: pin N [0|1]\r\n", rig.Type("pin 9\r\n"));
        }
    }
}
