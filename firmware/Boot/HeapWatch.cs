using Keel.Console;

namespace Keel.Firmware.Boot
{
    /// <summary>The garbage watch: measures the free managed heap at a low rate in steady state and counts every drop, for the console's mem.</summary>
    /// <remarks>
    /// The steady state makes no garbage, so the free heap measured after boot should never
    /// shrink. Any drop counts one garbage event and moves the lowest mark: a user who types
    /// <c>mem</c> sees at once that something allocates. On the device the probe forces a
    /// collection (nanoFramework.Runtime.Native.GC.Run), so it sees memory kept, not memory
    /// collected in between, and a drop within the probe's noise (the interpreter's recycled stack
    /// frames) is not counted; on the PC it sees every byte the loop allocates.
    /// </remarks>
    public class HeapWatch : IHeapMonitor
    {
        private readonly IHeapProbe _probe;
        private readonly long _periodMicroseconds;
        private int _freeAtBoot;
        private int _free;
        private int _lowest;
        private int _garbageEvents;
        private long _nextSample;
        private int _samples;

        /// <param name="probe">The platform's heap measurement.</param>
        /// <param name="periodMicroseconds">Time between measurements (the board config's HeapSampleMicroseconds).</param>
        public HeapWatch(IHeapProbe probe, long periodMicroseconds)
        {
            _probe = probe;
            _periodMicroseconds = periodMicroseconds;
        }

        public int FreeBytes
        {
            get { return _free; }
        }

        public int FreeBytesAtBoot
        {
            get { return _freeAtBoot; }
        }

        public int LowestFreeBytes
        {
            get { return _lowest; }
        }

        public int GarbageEvents
        {
            get { return _garbageEvents; }
        }

        /// <summary>Measurements taken since boot.</summary>
        public int Samples
        {
            get { return _samples; }
        }

        /// <summary>The probe, for the main loop's begin and end of each iteration.</summary>
        public IHeapProbe Probe
        {
            get { return _probe; }
        }

        /// <summary>Boot, once every pool is carved: the baseline later measurements are held to.</summary>
        public void Baseline(long nowMicroseconds)
        {
            _freeAtBoot = _probe.MeasureFreeBytes();
            _free = _freeAtBoot;
            _lowest = _freeAtBoot;
            _nextSample = nowMicroseconds + _periodMicroseconds;
        }

        /// <summary>Main loop: measures when the period has passed; returns true when it did.</summary>
        public bool Sample(long nowMicroseconds)
        {
            if (nowMicroseconds < _nextSample)
            {
                return false;
            }

            _nextSample = nowMicroseconds + _periodMicroseconds;
            Measure();
            return true;
        }

        /// <summary>Measures now, whatever the time (the console's or a test's request).</summary>
        public void Measure()
        {
            int free = _probe.MeasureFreeBytes();
            _samples++;
            if (free < _free - _probe.NoiseBytes)
            {
                _garbageEvents++;
            }

            if (free < _lowest)
            {
                _lowest = free;
            }

            _free = free;
        }

        /// <summary>When the next measurement is due, for the main loop's sleep.</summary>
        public long NextSampleMicroseconds
        {
            get { return _nextSample; }
        }
    }
}
