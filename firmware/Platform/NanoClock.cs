using System;
using Keel.Drivers.Ports;

namespace Keel.Firmware.Platform
{
    /// <summary>The monotonic clock on any nanoFramework board: Environment.TickCount64, in milliseconds, as microseconds.</summary>
    /// <remarks>
    /// Resolution is 1 ms (times are multiples of 1,000 µs), enough for debouncing and software
    /// timers of a few milliseconds and more. On ESP32, <see cref="Esp32HighResClock"/> gives
    /// microseconds. Reading TickCount64 is a native call that allocates nothing.
    /// </remarks>
    public class NanoClock : IClock
    {
        private const long MicrosecondsPerMillisecond = 1000;

        public long NowMicroseconds
        {
            get { return Environment.TickCount64 * MicrosecondsPerMillisecond; }
        }
    }
}
