using Keel.Drivers.Ports;
using nanoFramework.Hardware.Esp32;

namespace Keel.Firmware.Platform
{
    /// <summary>The monotonic clock on ESP32: HighResTimer.GetCurrent(), microseconds since boot.</summary>
    /// <remarks>
    /// Only the static GetCurrent() is used: it is a native read of the ESP-IDF timer and
    /// allocates nothing. No HighResTimer instance is created, because its expiry events
    /// allocate per event (NANOFRAMEWORK.md); Keel's timers are fired by the main loop instead.
    /// </remarks>
    public class Esp32HighResClock : IClock
    {
        public long NowMicroseconds
        {
            get { return (long)HighResTimer.GetCurrent(); }
        }
    }
}
