using Keel.Drivers.Timers;

namespace Keel.Soak
{
    /// <summary>A timer handler that only counts its calls, made at boot.</summary>
    public class SoakTimerHandler : ITimerHandler
    {
        private int _calls;

        /// <summary>Times the handler ran.</summary>
        public int Calls => _calls;

        public void OnTimer(int timerId)
        {
            _calls++;
        }
    }
}
