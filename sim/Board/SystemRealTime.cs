using System.Diagnostics;
using System.Threading;

namespace Keel.Sim.Board
{
    /// <summary>The PC's clock and sleep, for the simulator at a terminal.</summary>
    public sealed class SystemRealTime : IRealTime
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();

        public long NowMicroseconds
        {
            get { return _watch.ElapsedTicks * 1000000 / Stopwatch.Frequency; }
        }

        public void Sleep(int milliseconds)
        {
            Thread.Sleep(milliseconds);
        }
    }
}
