using Keel.Console;

namespace Keel.Tests
{
    /// <summary>An uptime clock that says what the test sets.</summary>
    public class FixedClock : IUptimeClock
    {
        public long Microseconds;

        public long UptimeMicroseconds
        {
            get { return Microseconds; }
        }
    }
}
