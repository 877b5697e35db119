namespace Keel.Console
{
    /// <summary>Monotonic time since boot, for the console's uptime command.</summary>
    public interface IUptimeClock
    {
        /// <summary>Microseconds since boot; never goes backwards.</summary>
        long UptimeMicroseconds { get; }
    }
}
