using nanoFramework.TestFramework;

namespace Keel.Tests
{
    /// <summary>The gpio, timers and flash console commands: exactly what they print, and that writing a pin or erasing the flash needs unlock.</summary>
    [TestClass]
    public class DriverCommandTests
    {
        [TestMethod]
        public void GpioListsEveryClaimedPinWithOwnerModeLevelAndCounters()
        {
            DriverCommandRig rig = new DriverCommandRig();
            Assert.AreEqual(
                "pin  owner   mode           level  edges  bounces  drops\r\n"
                + "  0  button  input pull-up  high       2        2      0\r\n"
                + "  2  led     output         high       0        0      0\r\n"
                + "total                                  2        2      0\r\n", rig.Type("gpio"));
        }

        [TestMethod]
        public void GpioKeyValueNamesEachPinByNumber()
        {
            DriverCommandRig rig = new DriverCommandRig();
            Assert.AreEqual(
                "gpio.0.owner=button\r\n"
                + "gpio.0.mode=input pull-up\r\n"
                + "gpio.0.level=1\r\n"
                + "gpio.0.edges=2\r\n"
                + "gpio.0.bounces=2\r\n"
                + "gpio.0.drops=0\r\n"
                + "gpio.2.owner=led\r\n"
                + "gpio.2.mode=output\r\n"
                + "gpio.2.level=1\r\n"
                + "gpio.2.edges=0\r\n"
                + "gpio.2.bounces=0\r\n"
                + "gpio.2.drops=0\r\n"
                + "gpio.claimed=2\r\n"
                + "gpio.edges=2\r\n"
                + "gpio.bounces=2\r\n"
                + "gpio.drops=0\r\n"
                + "status=ok\r\n", rig.Type("gpio --kv"));
        }

        [TestMethod]
        public void GpioWritesAnOutputOnlyWhenUnlocked()
        {
            DriverCommandRig rig = new DriverCommandRig();
            Assert.AreEqual("error: console locked: 'gpio PIN 0|1' changes state; type 'unlock' first\r\n", rig.Type("gpio 2 0"));
            Assert.IsTrue(rig.Pins.LevelOf(DriverCommandRig.LedPin));
            rig.Type("unlock");
            Assert.AreEqual("pin 2 set low\r\n", rig.Type("gpio 2 0"));
            Assert.IsFalse(rig.Pins.LevelOf(DriverCommandRig.LedPin));
            Assert.IsFalse(rig.Gpio.LastWritten(rig.Led));
        }

        [TestMethod]
        public void GpioRefusesInputsUnclaimedPinsAndBadLevels()
        {
            DriverCommandRig rig = new DriverCommandRig();
            rig.Type("unlock");
            Assert.AreEqual("error: pin '0' is not a claimed output (see 'gpio'); usage: gpio [PIN 0|1]\r\n", rig.Type("gpio 0 1"));
            Assert.AreEqual("error: pin '7' is not a claimed output (see 'gpio'); usage: gpio [PIN 0|1]\r\n", rig.Type("gpio 7 1"));
            Assert.AreEqual("error: level '5' is not 0 or 1; usage: gpio [PIN 0|1]\r\n", rig.Type("gpio 2 5"));
            Assert.AreEqual("error: give a pin and a level; usage: gpio [PIN 0|1]\r\n", rig.Type("gpio 2"));
        }

        [TestMethod]
        public void TimersShowsUseFiringsMissedPeriodsAndLateness()
        {
            DriverCommandRig rig = new DriverCommandRig();
            Assert.AreEqual(
                "timers in use     2 of 4  [#####.....]\r\n"
                + "running           1\r\n"
                + "high water        2\r\n"
                + "create failures   0\r\n"
                + "fired             1\r\n"
                + "missed periods    3\r\n"
                + "max lateness      35000 us\r\n"
                + "handler failures  0\r\n"
                + "timer  name   mode      every ms  due in ms  missed  failures\r\n"
                + "    0  blink  periodic    10.000      5.000       3         0\r\n"
                + "    1  -      stopped          -          -       0         0\r\n", rig.Type("timers"));
        }

        [TestMethod]
        public void TimersKeyValue()
        {
            DriverCommandRig rig = new DriverCommandRig();
            Assert.AreEqual(
                "timers.capacity=4\r\n"
                + "timers.in_use=2\r\n"
                + "timers.running=1\r\n"
                + "timers.high_water=2\r\n"
                + "timers.create_failures=0\r\n"
                + "timers.fired=1\r\n"
                + "timers.missed_periods=3\r\n"
                + "timers.max_lateness_microseconds=35000\r\n"
                + "timers.handler_failures=0\r\n"
                + "timers.0.name=blink\r\n"
                + "timers.0.mode=periodic\r\n"
                + "timers.0.interval_microseconds=10000\r\n"
                + "timers.0.due_in_microseconds=5000\r\n"
                + "timers.0.missed_periods=3\r\n"
                + "timers.0.handler_failures=0\r\n"
                + "timers.1.name=\r\n"
                + "timers.1.mode=stopped\r\n"
                + "timers.1.interval_microseconds=0\r\n"
                + "timers.1.missed_periods=0\r\n"
                + "timers.1.handler_failures=0\r\n"
                + "status=ok\r\n", rig.Type("timers --kv"));
        }

        [TestMethod]
        public void FlashShowsRecordsBytesWearAndFailures()
        {
            DriverCommandRig rig = new DriverCommandRig();
            Assert.AreEqual(
                "mounted           yes\r\n"
                + "records           2 of 8\r\n"
                + "live bytes        64 B\r\n"
                + "dead bytes        28 B\r\n"
                + "free bytes        580 B\r\n"
                + "sectors           4 x 256 B\r\n"
                + "erases min/max    1/1\r\n"
                + "reclaims          0\r\n"
                + "crc failures      0\r\n"
                + "torn records      0\r\n"
                + "flash failures    0\r\n"
                + "corrected blocks  0\r\n"
                + "bad sectors       0\r\n"
                + "bytes lost        0 B\r\n"
                + "records damaged   0\r\n", rig.Type("flash"));
        }

        [TestMethod]
        public void FlashKeyValue()
        {
            DriverCommandRig rig = new DriverCommandRig();
            Assert.AreEqual(
                "flash.mounted=1\r\n"
                + "flash.records=2\r\n"
                + "flash.index_capacity=8\r\n"
                + "flash.live_bytes=64\r\n"
                + "flash.dead_bytes=28\r\n"
                + "flash.free_bytes=580\r\n"
                + "flash.sectors=4\r\n"
                + "flash.sector_bytes=256\r\n"
                + "flash.erases_min=1\r\n"
                + "flash.erases_max=1\r\n"
                + "flash.reclaims=0\r\n"
                + "flash.crc_failures=0\r\n"
                + "flash.torn_records=0\r\n"
                + "flash.flash_failures=0\r\n"
                + "flash.corrected_blocks=0\r\n"
                + "flash.unreadable_sectors=0\r\n"
                + "flash.lost_bytes=0\r\n"
                + "flash.damaged_records=0\r\n"
                + "status=ok\r\n", rig.Type("flash --kv"));
        }

        [TestMethod]
        public void FlashEraseNeedsUnlockThenEmptiesTheStore()
        {
            DriverCommandRig rig = new DriverCommandRig();
            Assert.AreEqual("error: console locked: 'flash erase' changes state; type 'unlock' first\r\n", rig.Type("flash erase"));
            Assert.AreEqual(2, rig.Store.Count);
            rig.Type("unlock");
            Assert.AreEqual("flash erased: 4 sectors, store empty and mounted\r\n", rig.Type("flash erase"));
            Assert.AreEqual(0, rig.Store.Count);
            Assert.IsTrue(rig.Store.IsMounted);
            Assert.IsFalse(rig.Store.Contains(1));
        }

        [TestMethod]
        public void StatsResetAlsoZeroesTheGpioAndTimerCounters()
        {
            DriverCommandRig rig = new DriverCommandRig();
            rig.Type("unlock");
            Assert.AreEqual("statistics reset for 5 pools and rings, gpio, timers\r\n", rig.Type("stats reset"));
            Assert.AreEqual(0, rig.Gpio.TotalEdges);
            Assert.AreEqual(0, rig.Gpio.TotalBounces);
            Assert.AreEqual(0L, rig.Timers.Fired);
            Assert.AreEqual(0L, rig.Timers.MissedPeriods);
            Assert.AreEqual(0L, rig.Timers.MaxLatenessMicroseconds);
            Assert.AreEqual(
                "pin  owner   mode           level  edges  bounces  drops\r\n"
                + "  0  button  input pull-up  high       0        0      0\r\n"
                + "  2  led     output         high       0        0      0\r\n"
                + "total                                  0        0      0\r\n", rig.Type("gpio"));
            Assert.AreEqual("stats.reset=5\r\nstats.reset_counters=gpio,timers\r\nstatus=ok\r\n", rig.Type("stats reset --kv"));
        }
    }
}
