using nanoFramework.TestFramework;

namespace Keel.Tests
{
    /// <summary>TryGetNextDue tells the main loop how long it may sleep: the earliest due time of any running timer.</summary>
    [TestClass]
    public class TimerNextDueTests
    {
        [TestMethod]
        public void WithNoTimerRunningThereIsNoDeadline()
        {
            TimerTestRig rig = new TimerTestRig(4);
            long due;
            Assert.IsFalse(rig.Timers.TryGetNextDue(out due));
            int id = rig.Timers.Create(rig.Recorder);
            Assert.IsFalse(rig.Timers.TryGetNextDue(out due));
            rig.Timers.StartOneShot(id, 1000);
            rig.Timers.Stop(id);
            Assert.IsFalse(rig.Timers.TryGetNextDue(out due));
        }

        [TestMethod]
        public void TheEarliestRunningTimerIsTheDeadlineAndAPeriodicOneMovesOn()
        {
            TimerTestRig rig = new TimerTestRig(4);
            int slow = rig.Timers.Create(rig.Recorder);
            int fast = rig.Timers.Create(rig.Recorder);
            rig.Timers.StartOneShot(slow, 50000);
            rig.Timers.StartPeriodic(fast, 20000);
            long due;
            Assert.IsTrue(rig.Timers.TryGetNextDue(out due));
            Assert.AreEqual(20000L, due);

            rig.Clock.Advance(20000);
            rig.Timers.Poll();
            Assert.IsTrue(rig.Timers.TryGetNextDue(out due));
            Assert.AreEqual(40000L, due);
            rig.Clock.Advance(20000);
            rig.Timers.Poll();
            Assert.IsTrue(rig.Timers.TryGetNextDue(out due));
            Assert.AreEqual(50000L, due);
        }
    }
}
