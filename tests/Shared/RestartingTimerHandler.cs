using Keel.Drivers.Timers;

namespace Keel.Tests
{
    /// <summary>A timer handler that restarts the timer that fired, as a watchdog or a retry loop does.</summary>
    public class RestartingTimerHandler : ITimerHandler
    {
        private readonly TimerService _timers;
        private int _calls;

        public RestartingTimerHandler(TimerService timers)
        {
            _timers = timers;
        }

        public int Calls
        {
            get { return _calls; }
        }

        public void OnTimer(int timerId)
        {
            _calls++;
            _timers.Restart(timerId);
        }
    }
}
