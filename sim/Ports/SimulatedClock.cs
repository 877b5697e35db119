using System;
using Keel.Drivers.Ports;

namespace Keel.Sim.Ports
{
    /// <summary>A monotonic clock that moves only when a test or script advances it.</summary>
    /// <remarks>Written in the nanoFramework subset: the shared tests use it on the device too.</remarks>
    public class SimulatedClock : IClock
    {
        private long _now;

        /// <summary>Starts at time 0.</summary>
        public SimulatedClock()
        {
        }

        /// <summary>Starts at the given time, so tests can place the origin away from 0.</summary>
        public SimulatedClock(long startMicroseconds)
        {
            _now = startMicroseconds;
        }

        public long NowMicroseconds
        {
            get { return _now; }
        }

        /// <summary>Moves time forward; a negative step is refused, because the clock is monotonic.</summary>
        public void Advance(long microseconds)
        {
            if (microseconds < 0)
            {
                throw new ArgumentOutOfRangeException("microseconds", "A monotonic clock cannot go back " + microseconds
                    + " microseconds; advance it by 0 or more.");
            }

            _now += microseconds;
        }

        /// <summary>Moves time forward to an absolute time at or after now.</summary>
        public void AdvanceTo(long microseconds)
        {
            Advance(microseconds - _now);
        }
    }
}
