using System;
using Keel.Drivers.Timers;

namespace Keel.Tests
{
    /// <summary>A timer handler with a bug: it throws on every call.</summary>
    public class ThrowingTimerHandler : ITimerHandler
    {
        private int _calls;

        public int Calls
        {
            get { return _calls; }
        }

        public void OnTimer(int timerId)
        {
            _calls++;
            throw new InvalidOperationException("handler bug");
        }
    }
}
