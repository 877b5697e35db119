using Keel.Drivers.Timers;
using Keel.Pools;
using Keel.Sim.Ports;

namespace Keel.Tests
{
    /// <summary>A timer service on a simulated clock, with a handler that records every firing.</summary>
    public class TimerTestRig
    {
        public const int RecordedCalls = 64;

        private readonly SimulatedClock _clock;
        private readonly MemoryPlan _plan;
        private readonly TimerService _timers;
        private readonly RecordingTimerHandler _recorder;

        public TimerTestRig(int capacity)
        {
            _clock = new SimulatedClock();
            _plan = new MemoryPlan("test-board", GpioTestRig.BudgetBytes);
            _timers = new TimerService(_plan, _clock, capacity);
            _recorder = new RecordingTimerHandler(_clock, RecordedCalls);
        }

        public SimulatedClock Clock
        {
            get { return _clock; }
        }

        public MemoryPlan Plan
        {
            get { return _plan; }
        }

        public TimerService Timers
        {
            get { return _timers; }
        }

        public RecordingTimerHandler Recorder
        {
            get { return _recorder; }
        }

        /// <summary>Moves the clock to time and runs one main-loop poll; returns how many timers fired.</summary>
        public int PollAt(long microseconds)
        {
            _clock.AdvanceTo(microseconds);
            return _timers.Poll();
        }
    }
}
