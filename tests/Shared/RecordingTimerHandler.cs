using Keel.Drivers.Ports;
using Keel.Drivers.Timers;

namespace Keel.Tests
{
    /// <summary>A timer handler that notes which timer fired and when, in fixed arrays (the first Capacity calls).</summary>
    public class RecordingTimerHandler : ITimerHandler
    {
        private readonly IClock _clock;
        private readonly int[] _ids;
        private readonly long[] _times;
        private int _calls;

        public RecordingTimerHandler(IClock clock, int capacity)
        {
            _clock = clock;
            _ids = new int[capacity];
            _times = new long[capacity];
        }

        /// <summary>Every call, including those past the recording capacity.</summary>
        public int Calls
        {
            get { return _calls; }
        }

        public int IdAt(int call)
        {
            return _ids[call];
        }

        public long TimeAt(int call)
        {
            return _times[call];
        }

        public void OnTimer(int timerId)
        {
            if (_calls < _ids.Length)
            {
                _ids[_calls] = timerId;
                _times[_calls] = _clock.NowMicroseconds;
            }

            _calls++;
        }
    }
}
