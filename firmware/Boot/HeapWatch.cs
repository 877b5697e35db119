using Keel.Console;

namespace Keel.Firmware.Boot
{
    /// <summary>The garbage watch: notices, at a low rate and without causing one, every collection of the managed heap in the steady state, for the console's mem.</summary>
    /// <remarks>
    /// The steady state makes no garbage, so the heap is never collected after boot. A look costs
    /// one call and never collects; a collection seen counts one, and a user who types
    /// <c>mem</c> sees at once that something allocates. A free-heap figure needs a forced
    /// collection (a pause): it is taken once at boot and again only when a person asks
    /// (<c>mem collect</c>), and that collection is not counted.
    /// </remarks>
    public class HeapWatch : IHeapMonitor
    {
        private readonly IHeapProbe _probe;
        private readonly long _periodMicroseconds;
        private int _freeAtBoot;
        private int _collections;
        private long _nextSample;
        private int _samples;

        /// <param name="probe">The platform's heap probe.</param>
        /// <param name="periodMicroseconds">Time between looks (the board config's HeapSampleMicroseconds).</param>
        public HeapWatch(IHeapProbe probe, long periodMicroseconds)
        {
            _probe = probe;
            _periodMicroseconds = periodMicroseconds;
        }

        public int FreeBytesAtBoot => _freeAtBoot;

        public int Collections => _collections;

        public bool IsSimulated => _probe.IsSimulated;

        /// <summary>Looks taken since boot.</summary>
        public int Samples => _samples;

        /// <summary>The probe, for the main loop's begin and end of each iteration.</summary>
        public IHeapProbe Probe => _probe;

        /// <summary>When the next look is due, for the main loop's sleep.</summary>
        public long NextSampleMicroseconds => _nextSample;

        /// <summary>Boot, once every pool is carved: the free heap the steady state starts from.</summary>
        public void Baseline(long nowMicroseconds)
        {
            _freeAtBoot = _probe.CollectAndMeasureFreeBytes();
            _nextSample = nowMicroseconds + _periodMicroseconds;
        }

        /// <summary>Main loop: looks when the period has passed; returns true when it did.</summary>
        public bool Sample(long nowMicroseconds)
        {
            if (nowMicroseconds < _nextSample)
            {
                return false;
            }

            _nextSample = nowMicroseconds + _periodMicroseconds;
            Look();
            return true;
        }

        /// <summary>Looks now, whatever the time.</summary>
        public void Look()
        {
            _collections += _probe.TakeCollections();
            _samples++;
        }

        /// <summary>Counts what happened before, then forces a collection and returns the free heap in bytes: a pause, for a person who asked.</summary>
        public int CollectAndMeasureFreeBytes()
        {
            Look();
            return _probe.CollectAndMeasureFreeBytes();
        }
    }
}
