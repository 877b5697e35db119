using System;
using Keel.Drivers.Timers;

namespace Keel.Tests
{
    /// <summary>A timer handler that releases its own timer, creates another in its place, and then throws.</summary>
    public class ReplacingTimerHandler : ITimerHandler
    {
        private readonly TimerService _timers;
        private readonly ITimerHandler _next;
        private int _created = -1;

        public ReplacingTimerHandler(TimerService timers, ITimerHandler next)
        {
            _timers = timers;
            _next = next;
        }

        /// <summary>The timer the handler created while it ran (-1 before).</summary>
        public int Created
        {
            get { return _created; }
        }

        public void OnTimer(int timerId)
        {
            _timers.Release(timerId);
            _created = _timers.Create(_next);
            throw new InvalidOperationException("failed after replacing its timer");
        }
    }
}
