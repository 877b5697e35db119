namespace Keel.Sim.Board
{
    /// <summary>The PC's real time, which an interactive session's virtual time follows.</summary>
    public interface IRealTime
    {
        /// <summary>Microseconds since some fixed start, never going back.</summary>
        long NowMicroseconds { get; }

        /// <summary>Lets the PC rest between loop passes when nothing is typed.</summary>
        void Sleep(int milliseconds);
    }
}
