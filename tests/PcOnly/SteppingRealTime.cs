using Keel.Sim.Board;

namespace Keel.Tests.PcOnly
{
    /// <summary>A real time for session tests that moves on a fixed step at every look, so no test depends on the PC's speed.</summary>
    public sealed class SteppingRealTime : IRealTime
    {
        private readonly long _step;
        private long _now;

        /// <param name="stepMicroseconds">How far each look at the clock moves it.</param>
        public SteppingRealTime(long stepMicroseconds)
        {
            _step = stepMicroseconds;
        }

        public long NowMicroseconds
        {
            get
            {
                _now += _step;
                return _now;
            }
        }

        public void Sleep(int milliseconds)
        {
        }
    }
}
