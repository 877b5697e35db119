using nanoFramework.TestFramework;

namespace Keel.Tests
{
    /// <summary>Periodic timers stay on the grid start + n × period however late the loop runs, and count what they missed.</summary>
    [TestClass]
    public class TimerDriftTests
    {
        private const long Period = 1000;

        [TestMethod]
        public void PeriodicTimerDoesNotDriftOverTenThousandPeriodsOfAJitteryLoop()
        {
            TimerTestRig rig = new TimerTestRig(4);
            int timer = rig.Timers.Create(rig.Recorder);
            long start = 12345;
            rig.Clock.AdvanceTo(start);
            rig.Timers.StartPeriodic(timer, Period);

            // A loop pass takes 1 to 700 µs, and now and then stalls for up to 4.5 ms: a
            // deterministic pseudo-random sequence (a linear congruential generator).
            uint seed = 2463534242;
            long expectedFirings = 0;
            while (rig.Clock.NowMicroseconds < start + 10000 * Period)
            {
                seed = seed * 1664525 + 1013904223;
                long pass = 1 + (seed >> 8) % 700;
                if ((seed >> 24) % 50 == 0)
                {
                    pass += (seed >> 4) % 4500;
                }

                rig.Clock.Advance(pass);
                long before;
                rig.Timers.TryGetDue(timer, out before);
                int fired = rig.Timers.Poll();
                long now = rig.Clock.NowMicroseconds;
                expectedFirings += before <= now ? 1 : 0;
                Assert.AreEqual(before <= now ? 1 : 0, fired);

                long due;
                Assert.IsTrue(rig.Timers.TryGetDue(timer, out due));
                Assert.AreEqual(0L, (due - start) % Period, "the next due time is on the grid start + n × period");
                Assert.IsTrue(due > now && due - Period <= now, "and it is the first grid point after now");
            }

            long elapsedPeriods = (rig.Clock.NowMicroseconds - start) / Period;
            Assert.AreEqual(expectedFirings, rig.Timers.Fired);
            Assert.AreEqual(elapsedPeriods, rig.Timers.Fired + rig.Timers.MissedPeriods,
                "every period that passed was fired or counted as missed");
            Assert.IsTrue(rig.Timers.MissedPeriods > 0, "the stalls made the loop miss periods");
            Assert.IsTrue(rig.Timers.Fired > 8500, "a loop pass is mostly shorter than the period, so most periods fire");
        }

        [TestMethod]
        public void LateRunFiresOnceAndCountsTheMissedPeriods()
        {
            TimerTestRig rig = new TimerTestRig(4);
            int timer = rig.Timers.Create(rig.Recorder);
            rig.Timers.StartPeriodic(timer, Period);

            Assert.AreEqual(1, rig.PollAt(3500), "due at 1, 2 and 3 ms: one firing, not a burst");
            Assert.AreEqual(2L, rig.Timers.MissedPeriods);
            Assert.AreEqual(2500L, rig.Timers.MaxLatenessMicroseconds, "late by the oldest expiry it stands for");
            long due;
            rig.Timers.TryGetDue(timer, out due);
            Assert.AreEqual(4000L, due, "back on the grid, not 3.5 + 1 ms");

            Assert.AreEqual(1, rig.PollAt(4000));
            Assert.AreEqual(2L, rig.Timers.MissedPeriods);
            Assert.AreEqual(1, rig.PollAt(6000), "5 and 6 ms due: one firing, one missed");
            Assert.AreEqual(3L, rig.Timers.MissedPeriods);
            Assert.AreEqual(2500L, rig.Timers.MaxLatenessMicroseconds, "the maximum is kept");
            Assert.AreEqual(3L, rig.Timers.Fired);

            rig.Timers.ResetStatistics();
            Assert.AreEqual(0L, rig.Timers.MissedPeriods);
            Assert.AreEqual(0L, rig.Timers.MaxLatenessMicroseconds);
            Assert.AreEqual(0L, rig.Timers.Fired);
        }

        [TestMethod]
        public void LateOneShotFiresOnceAndReportsItsLateness()
        {
            TimerTestRig rig = new TimerTestRig(4);
            int timer = rig.Timers.Create(rig.Recorder);
            rig.Timers.StartOneShot(timer, Period);

            Assert.AreEqual(1, rig.PollAt(5200));
            Assert.AreEqual(4200L, rig.Timers.MaxLatenessMicroseconds);
            Assert.AreEqual(0L, rig.Timers.MissedPeriods);
        }
    }
}
