using Keel.Drivers.Timers;

namespace Keel.Soak
{
    /// <summary>A timer handler that makes garbage on purpose (a new array each call), to show that the garbage watch notices.</summary>
    public class GarbageMakingHandler : ITimerHandler
    {
        private readonly int _bytes;
        private object _last;
        private int _calls;

        /// <param name="bytes">Size of the array each call makes.</param>
        public GarbageMakingHandler(int bytes)
        {
            _bytes = bytes;
        }

        /// <summary>Times the handler ran (and made an array).</summary>
        public int Calls => _calls;

        public void OnTimer(int timerId)
        {
            _last = new byte[_bytes];
            _calls++;
        }

        /// <summary>The last array made, kept only until the next call.</summary>
        public object Last => _last;
    }
}
