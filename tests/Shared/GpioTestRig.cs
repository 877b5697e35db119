using Keel.Drivers.Gpio;
using Keel.Pools;
using Keel.Sim.Ports;

namespace Keel.Tests
{
    /// <summary>A GPIO driver on a simulated 40-pin board: the clock and pins a test drives, and the driver under test.</summary>
    public class GpioTestRig
    {
        public const int BoardPins = 40;
        public const int BudgetBytes = 100000;

        private readonly SimulatedClock _clock;
        private readonly SimulatedGpioPort _port;
        private readonly MemoryPlan _plan;
        private readonly GpioDriver _gpio;

        public GpioTestRig(int pinTableSize, int edgeRingCapacity, OverflowPolicy edgePolicy)
        {
            _clock = new SimulatedClock();
            _port = new SimulatedGpioPort(BoardPins, _clock);
            _plan = new MemoryPlan("test-board", BudgetBytes);
            _gpio = new GpioDriver(_plan, _port, _clock, BoardPins, pinTableSize, edgeRingCapacity, edgePolicy);
        }

        public SimulatedClock Clock
        {
            get { return _clock; }
        }

        public SimulatedGpioPort Port
        {
            get { return _port; }
        }

        public MemoryPlan Plan
        {
            get { return _plan; }
        }

        public GpioDriver Gpio
        {
            get { return _gpio; }
        }

        /// <summary>Runs the main loop's sampling: advances the clock by step and samples, until the clock reaches until.</summary>
        public void SampleEvery(long stepMicroseconds, long untilMicroseconds)
        {
            while (_clock.NowMicroseconds + stepMicroseconds <= untilMicroseconds)
            {
                _clock.Advance(stepMicroseconds);
                _gpio.Sample();
            }
        }

        /// <summary>Drives the input to level and samples once, one step later: with no debouncing, one edge.</summary>
        public void ChangeAndSample(int pin, bool high, long stepMicroseconds)
        {
            _clock.Advance(stepMicroseconds);
            _port.SetInput(pin, high);
            _gpio.Sample();
        }
    }
}
