using System;
using Keel.Drivers.Timers;
using Keel.Pools;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    [TestClass]
    public class TimerServiceTests
    {
        [TestMethod]
        public void OneShotFiresOnceAtItsDueTimeAndNotBefore()
        {
            TimerTestRig rig = new TimerTestRig(4);
            int timer = rig.Timers.Create(rig.Recorder);
            rig.Timers.StartOneShot(timer, 5000);

            Assert.AreEqual(0, rig.PollAt(4999));
            Assert.IsTrue(rig.Timers.IsRunning(timer));
            Assert.AreEqual(1, rig.PollAt(5000));
            Assert.AreEqual(timer, rig.Recorder.IdAt(0));
            Assert.AreEqual(5000L, rig.Recorder.TimeAt(0));
            Assert.IsFalse(rig.Timers.IsRunning(timer));
            Assert.AreEqual(0, rig.PollAt(20000));
            Assert.AreEqual(1, rig.Recorder.Calls);
            Assert.AreEqual(1L, rig.Timers.Fired);
        }

        [TestMethod]
        public void OneShotWithNoDelayFiresAtTheNextPoll()
        {
            TimerTestRig rig = new TimerTestRig(4);
            int timer = rig.Timers.Create(rig.Recorder);
            rig.Clock.AdvanceTo(700);
            rig.Timers.StartOneShot(timer, 0);

            Assert.AreEqual(1, rig.Timers.Poll());
            Assert.AreEqual(700L, rig.Recorder.TimeAt(0));
        }

        [TestMethod]
        public void PeriodicTimerFiresEveryPeriodUntilStopped()
        {
            TimerTestRig rig = new TimerTestRig(4);
            int timer = rig.Timers.Create(rig.Recorder);
            rig.Timers.StartPeriodic(timer, 1000);

            for (int n = 1; n <= 10; n++)
            {
                Assert.AreEqual(0, rig.PollAt(n * 1000L - 1));
                Assert.AreEqual(1, rig.PollAt(n * 1000L));
            }

            long due;
            Assert.IsTrue(rig.Timers.TryGetDue(timer, out due));
            Assert.AreEqual(11000L, due);

            Assert.IsTrue(rig.Timers.Stop(timer));
            Assert.IsFalse(rig.Timers.IsRunning(timer));
            Assert.IsFalse(rig.Timers.TryGetDue(timer, out due));
            Assert.AreEqual(0, rig.PollAt(50000));
            Assert.AreEqual(10, rig.Recorder.Calls);
            Assert.AreEqual(0L, rig.Timers.MissedPeriods);
        }

        [TestMethod]
        public void RestartMovesARunningTimerAndRepeatsAStoppedOneAsItWasStarted()
        {
            TimerTestRig rig = new TimerTestRig(4);
            int timer = rig.Timers.Create(rig.Recorder);
            rig.Timers.StartOneShot(timer, 5000);

            rig.Clock.AdvanceTo(3000);
            Assert.IsTrue(rig.Timers.Restart(timer));
            Assert.AreEqual(0, rig.PollAt(7999));
            Assert.AreEqual(1, rig.PollAt(8000), "restarted at 3 ms: due 5 ms later");

            rig.Clock.AdvanceTo(20000);
            Assert.IsTrue(rig.Timers.Restart(timer), "a fired one-shot restarts with its last delay");
            Assert.AreEqual(1, rig.PollAt(25000));

            rig.Timers.StartPeriodic(timer, 1000);
            rig.Timers.Stop(timer);
            rig.Clock.AdvanceTo(30500);
            rig.Timers.Restart(timer);
            long due;
            rig.Timers.TryGetDue(timer, out due);
            Assert.AreEqual(31500L, due, "a restarted periodic timer starts a new grid");
            Assert.AreEqual(1, rig.PollAt(31500));
            Assert.AreEqual(1, rig.PollAt(32500));
        }

        [TestMethod]
        public void TimersDueTogetherFireByDueTimeThenStartOrder()
        {
            TimerTestRig rig = new TimerTestRig(8);
            int a = rig.Timers.Create(rig.Recorder);
            int b = rig.Timers.Create(rig.Recorder);
            int c = rig.Timers.Create(rig.Recorder);
            int d = rig.Timers.Create(rig.Recorder);
            rig.Timers.StartOneShot(c, 1000);
            rig.Timers.StartOneShot(a, 1000);
            rig.Timers.StartOneShot(d, 900);
            rig.Timers.StartOneShot(b, 1000);
            rig.Timers.Restart(c);    // c is now the last started of the three due at 1000

            Assert.AreEqual(4, rig.PollAt(5000));
            Assert.AreEqual(d, rig.Recorder.IdAt(0), "earliest due first, though started after two others");
            Assert.AreEqual(a, rig.Recorder.IdAt(1));
            Assert.AreEqual(b, rig.Recorder.IdAt(2));
            Assert.AreEqual(c, rig.Recorder.IdAt(3));
        }

        [TestMethod]
        public void PeriodicTimerKeepsItsPlaceAmongSimultaneousExpiries()
        {
            TimerTestRig rig = new TimerTestRig(8);
            int periodic = rig.Timers.Create(rig.Recorder);
            int oneShot = rig.Timers.Create(rig.Recorder);
            rig.Timers.StartPeriodic(periodic, 1000);
            rig.Timers.StartOneShot(oneShot, 3000);

            rig.PollAt(1000);
            rig.PollAt(2000);
            Assert.AreEqual(2, rig.PollAt(3000));
            Assert.AreEqual(periodic, rig.Recorder.IdAt(2), "started first, so it fires first at 3 ms");
            Assert.AreEqual(oneShot, rig.Recorder.IdAt(3));
        }

        [TestMethod]
        public void HandlerRestartingItsOwnTimerDuringPollFiresAgainAtTheNextPoll()
        {
            TimerTestRig rig = new TimerTestRig(4);
            RestartingTimerHandler restarter = new RestartingTimerHandler(rig.Timers);
            int timer = rig.Timers.Create(restarter);
            rig.Timers.StartOneShot(timer, 0);

            Assert.AreEqual(1, rig.Timers.Poll(), "the clock did not move: one firing, not an endless loop");
            Assert.IsTrue(rig.Timers.IsRunning(timer));
            Assert.AreEqual(1, rig.Timers.Poll());
            Assert.AreEqual(2, restarter.Calls);
        }

        [TestMethod]
        public void ThrowingHandlerIsCountedAndReportedAndTheOthersKeepFiring()
        {
            TimerTestRig rig = new TimerTestRig(4);
            ThrowingTimerHandler faulty = new ThrowingTimerHandler();
            int bad = rig.Timers.Create(faulty);
            int good = rig.Timers.Create(rig.Recorder);
            rig.Timers.StartPeriodic(bad, 1000);
            rig.Timers.StartPeriodic(good, 1000);

            Assert.AreEqual(2, rig.PollAt(1000));
            Assert.AreEqual(2, rig.PollAt(2000));

            Assert.AreEqual(2, faulty.Calls);
            Assert.AreEqual(2, rig.Recorder.Calls, "the timer after the throwing one still fires");
            Assert.AreEqual(2, rig.Timers.HandlerFailures);
            Assert.AreEqual(2, rig.Timers.HandlerFailuresOf(bad));
            Assert.AreEqual(0, rig.Timers.HandlerFailuresOf(good));
            Assert.AreEqual(bad, rig.Timers.LastFailedTimer);
            Assert.AreEqual("handler bug", rig.Timers.LastHandlerException.Message);
            Assert.IsTrue(rig.Timers.IsRunning(bad), "a throwing periodic timer keeps its schedule");
        }

        [TestMethod]
        public void AHandlerFailureIsNotChargedToTheTimerThatTookItsSlot()
        {
            TimerTestRig rig = new TimerTestRig(1);
            ReplacingTimerHandler replacing = new ReplacingTimerHandler(rig.Timers, rig.Recorder);
            int first = rig.Timers.Create(replacing);
            rig.Timers.StartOneShot(first, 1000);

            Assert.AreEqual(1, rig.PollAt(1000));
            Assert.AreNotEqual(-1, replacing.Created, "the only slot was free again for the new timer");
            Assert.AreEqual(1, rig.Timers.HandlerFailures, "the failure is counted");
            Assert.AreEqual(first, rig.Timers.LastFailedTimer, "and named after the timer whose handler threw");
            Assert.AreEqual(0, rig.Timers.HandlerFailuresOf(replacing.Created), "the new timer has not failed");
        }

        [TestMethod]
        public void CreateFailsAsAValueWhenEveryTimerIsTaken()
        {
            TimerTestRig rig = new TimerTestRig(2);
            int first = rig.Timers.Create(rig.Recorder);
            int second = rig.Timers.Create(rig.Recorder);

            Assert.AreEqual(PoolHandle.None, rig.Timers.Create(rig.Recorder));
            Assert.AreEqual(1, rig.Timers.Failures);
            Assert.AreEqual(2, rig.Timers.InUse);

            rig.Timers.StartPeriodic(first, 1000);
            Assert.IsTrue(rig.Timers.Release(first));
            Assert.AreEqual(0, rig.Timers.Running, "releasing a running timer stops it");
            Assert.AreEqual(1, rig.Timers.InUse);
            Assert.AreEqual(2, rig.Timers.HighWater);
            Assert.AreNotEqual(PoolHandle.None, rig.Timers.Create(rig.Recorder));
            Assert.AreEqual(0, rig.PollAt(5000));
            Assert.IsTrue(rig.Timers.StartOneShot(second, 10));
        }

        [TestMethod]
        public void BadIdsAndBadIntervalsAreRefusedAndCounted()
        {
            TimerTestRig rig = new TimerTestRig(2);
            int timer = rig.Timers.Create(rig.Recorder);
            int released = rig.Timers.Create(rig.Recorder);
            rig.Timers.Release(released);

            Assert.IsFalse(rig.Timers.StartOneShot(released, 10), "a released id is stale");
            Assert.IsFalse(rig.Timers.Stop(PoolHandle.None));
            Assert.IsFalse(rig.Timers.Release(released));
            Assert.AreEqual(3, rig.Timers.Pool.Faults);

            Assert.IsFalse(rig.Timers.StartOneShot(timer, -1));
            Assert.IsFalse(rig.Timers.StartPeriodic(timer, 0));
            Assert.IsFalse(rig.Timers.Restart(timer), "never started: nothing to repeat");
            Assert.AreEqual(3, rig.Timers.Misuses);
            Assert.AreEqual(0, rig.Timers.Running);
            Assert.ThrowsException(typeof(ArgumentNullException), () => rig.Timers.Create(null));
        }

        [TestMethod]
        public void TheServiceAddsItsTimerPoolToTheMemoryPlan()
        {
            TimerTestRig rig = new TimerTestRig(32);

            Assert.AreSame(rig.Timers.Pool, rig.Plan.Registry.Find(TimerService.PoolName));
            Assert.AreEqual(32 * TimerService.TimerBytes, rig.Timers.Pool.StorageBytes);
            Assert.AreEqual(32, rig.Timers.Capacity);
        }

        [TestMethod]
        public void IntervalsPastTheEndOfTimeNeverFireInsteadOfWrappingAround()
        {
            TimerTestRig rig = new TimerTestRig(4);
            int once = rig.Timers.Create(rig.Recorder);
            int every = rig.Timers.Create(rig.Recorder);
            rig.PollAt(1000001);
            Assert.IsTrue(rig.Timers.StartOneShot(once, long.MaxValue));
            Assert.IsTrue(rig.Timers.StartPeriodic(every, long.MaxValue));

            Assert.AreEqual(0, rig.PollAt(2000000));
            long due;
            Assert.IsTrue(rig.Timers.TryGetDue(once, out due));
            Assert.AreEqual(long.MaxValue, due, "clamped to never, not wrapped into the past");
            Assert.AreEqual(0L, rig.Timers.MissedPeriods);
        }

        [TestMethod]
        public void EachTimerTellsItsNameIntervalAndTheMissedPeriodsItAlone()
        {
            TimerTestRig rig = new TimerTestRig(4);
            int late = rig.Timers.Create(rig.Recorder, "late");
            int quiet = rig.Timers.Create(rig.Recorder);
            rig.Timers.StartPeriodic(late, 1000);
            rig.Timers.StartOneShot(quiet, 50000);
            rig.Clock.Advance(3500);
            rig.Timers.Poll();

            Assert.AreEqual("late", rig.Timers.NameOf(late));
            Assert.IsNull(rig.Timers.NameOf(quiet));
            Assert.AreEqual(1000L, rig.Timers.IntervalOf(late));
            Assert.AreEqual(50000L, rig.Timers.IntervalOf(quiet));
            Assert.IsTrue(rig.Timers.IsPeriodic(late));
            Assert.IsFalse(rig.Timers.IsPeriodic(quiet));
            Assert.AreEqual(2, rig.Timers.MissedPeriodsOf(late));
            Assert.AreEqual(0, rig.Timers.MissedPeriodsOf(quiet));
            Assert.AreEqual(late, rig.Timers.IdAt(rig.Timers.Pool.IndexOf(late)));

            rig.Timers.ResetStatistics();
            Assert.AreEqual(0, rig.Timers.MissedPeriodsOf(late));
            int quietSlot = rig.Timers.Pool.IndexOf(quiet);
            rig.Timers.Release(quiet);
            Assert.AreEqual(PoolHandle.None, rig.Timers.IdAt(quietSlot));
            Assert.IsNull(rig.Timers.NameOf(quiet));
        }
    }
}
