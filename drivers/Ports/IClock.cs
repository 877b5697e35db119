namespace Keel.Drivers.Ports
{
    /// <summary>A monotonic clock in microseconds: never goes back, never jumps with the wall clock.</summary>
    /// <remarks>
    /// 64-bit microseconds wrap after 292,000 years, so the drivers subtract times freely.
    /// Reading it must not allocate: the main loop reads it every pass.
    /// </remarks>
    public interface IClock
    {
        /// <summary>Microseconds since an arbitrary origin fixed at boot.</summary>
        long NowMicroseconds { get; }
    }
}
