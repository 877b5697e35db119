using System;
using Keel.Drivers.Ports;

namespace Keel.Sim.Ports
{
    /// <summary>GPIO pins whose inputs a test or script drives, now or at scheduled times (bouncing edges included).</summary>
    /// <remarks>
    /// An input reads the level last driven onto it; until something drives it, an InputPullUp
    /// pin reads high and any other input reads low. Scheduled changes take effect when a read
    /// happens at or after their time on the clock given to the constructor, in time order
    /// (changes at the same time in the order they were scheduled). Reads and writes allocate
    /// nothing. Misuse a real board would not report (reading a pin never opened, writing to an
    /// input, opening a pin twice) throws, so driver bugs show up in tests.
    /// Written in the nanoFramework subset: the shared tests use it on the device too.
    /// </remarks>
    public class SimulatedGpioPort : IGpioPort
    {
        /// <summary>Scheduled changes kept at once when the constructor is not told otherwise.</summary>
        public const int DefaultScheduleCapacity = 256;

        private readonly IClock _clock;
        private readonly int _pinCount;
        private readonly bool[] _open;
        private readonly GpioMode[] _modes;
        private readonly bool[] _levels;
        private readonly bool[] _driven;
        private readonly int[] _writes;

        // Pending input changes in time order, from _first to _first + _pending − 1.
        private readonly int[] _changePins;
        private readonly long[] _changeTimes;
        private readonly bool[] _changeLevels;
        private int _first;
        private int _pending;

        /// <param name="pinCount">Pins 0 to pinCount − 1 exist.</param>
        /// <param name="clock">The time scheduled changes are compared with.</param>
        public SimulatedGpioPort(int pinCount, IClock clock)
            : this(pinCount, clock, DefaultScheduleCapacity)
        {
        }

        /// <param name="pinCount">Pins 0 to pinCount − 1 exist.</param>
        /// <param name="clock">The time scheduled changes are compared with.</param>
        /// <param name="scheduleCapacity">The most changes pending at once.</param>
        public SimulatedGpioPort(int pinCount, IClock clock, int scheduleCapacity)
        {
            if (pinCount < 1 || scheduleCapacity < 1 || clock == null)
            {
                throw new ArgumentException("A simulated GPIO port needs at least 1 pin, room for at least 1 scheduled change, and a clock.");
            }

            _clock = clock;
            _pinCount = pinCount;
            _open = new bool[pinCount];
            _modes = new GpioMode[pinCount];
            _levels = new bool[pinCount];
            _driven = new bool[pinCount];
            _writes = new int[pinCount];
            _changePins = new int[scheduleCapacity];
            _changeTimes = new long[scheduleCapacity];
            _changeLevels = new bool[scheduleCapacity];
        }

        public int PinCount
        {
            get { return _pinCount; }
        }

        /// <summary>Scheduled changes not yet applied.</summary>
        public int PendingChanges
        {
            get { return _pending; }
        }

        public void Open(int pin, GpioMode mode)
        {
            CheckRange(pin);
            if (_open[pin])
            {
                throw new InvalidOperationException("Simulated GPIO pin " + pin + " is opened twice.");
            }

            _open[pin] = true;
            _modes[pin] = mode;
            if (!IsOutput(mode) && !_driven[pin])
            {
                _levels[pin] = mode == GpioMode.InputPullUp;
            }
        }

        public bool Read(int pin)
        {
            CheckOpen(pin);
            ApplyDueChanges();
            return _levels[pin];
        }

        public void Write(int pin, bool high)
        {
            CheckOpen(pin);
            if (!IsOutput(_modes[pin]))
            {
                throw new InvalidOperationException("Simulated GPIO pin " + pin + " is an input; it cannot be written.");
            }

            _levels[pin] = high;
            _writes[pin]++;
        }

        /// <summary>Drives an input (open or not yet opened) to a level now. Allocates nothing.</summary>
        public void SetInput(int pin, bool high)
        {
            CheckInput(pin);
            _levels[pin] = high;
            _driven[pin] = true;
        }

        /// <summary>Drives an input to a level when the clock reaches atMicroseconds.</summary>
        public void ScheduleInput(int pin, long atMicroseconds, bool high)
        {
            CheckInput(pin);
            if (_pending == _changePins.Length)
            {
                throw new InvalidOperationException("The simulated GPIO port holds " + _changePins.Length
                    + " scheduled changes, all pending; construct it with a larger schedule capacity.");
            }

            if (_first + _pending == _changePins.Length)
            {
                Array.Copy(_changePins, _first, _changePins, 0, _pending);
                Array.Copy(_changeTimes, _first, _changeTimes, 0, _pending);
                Array.Copy(_changeLevels, _first, _changeLevels, 0, _pending);
                _first = 0;
            }

            // Insertion keeps time order; a change goes after those already scheduled for the same time.
            int position = _first + _pending;
            while (position > _first && _changeTimes[position - 1] > atMicroseconds)
            {
                _changePins[position] = _changePins[position - 1];
                _changeTimes[position] = _changeTimes[position - 1];
                _changeLevels[position] = _changeLevels[position - 1];
                position--;
            }

            _changePins[position] = pin;
            _changeTimes[position] = atMicroseconds;
            _changeLevels[position] = high;
            _pending++;
        }

        /// <summary>
        /// A contact that bounces: from atMicroseconds the input alternates every gapMicroseconds,
        /// final level, opposite level, final level, …, bounces times back to the opposite level,
        /// and then stays at the final level from atMicroseconds + 2 × bounces × gapMicroseconds on.
        /// </summary>
        public void ScheduleBounces(int pin, long atMicroseconds, bool finalHigh, int bounces, long gapMicroseconds)
        {
            for (int change = 0; change <= 2 * bounces; change++)
            {
                bool high = change % 2 == 0 ? finalHigh : !finalHigh;
                ScheduleInput(pin, atMicroseconds + change * gapMicroseconds, high);
            }
        }

        /// <summary>The level the pin has now: what an input reads, or what was last written to an output.</summary>
        public bool LevelOf(int pin)
        {
            CheckRange(pin);
            ApplyDueChanges();
            return _levels[pin];
        }

        public bool IsOpen(int pin)
        {
            CheckRange(pin);
            return _open[pin];
        }

        public GpioMode ModeOf(int pin)
        {
            CheckRange(pin);
            return _modes[pin];
        }

        /// <summary>How many times the pin was written.</summary>
        public int WritesTo(int pin)
        {
            CheckRange(pin);
            return _writes[pin];
        }

        private void ApplyDueChanges()
        {
            if (_pending == 0)
            {
                return;
            }

            long now = _clock.NowMicroseconds;
            while (_pending > 0 && _changeTimes[_first] <= now)
            {
                int pin = _changePins[_first];
                if (!_open[pin] || !IsOutput(_modes[pin]))
                {
                    _levels[pin] = _changeLevels[_first];
                    _driven[pin] = true;
                }

                _first++;
                _pending--;
            }

            if (_pending == 0)
            {
                _first = 0;
            }
        }

        private void CheckRange(int pin)
        {
            if (pin < 0 || pin >= _pinCount)
            {
                throw new ArgumentOutOfRangeException("pin", "The simulated board has GPIO pins 0 to " + (_pinCount - 1)
                    + "; there is no pin " + pin + ".");
            }
        }

        private void CheckOpen(int pin)
        {
            CheckRange(pin);
            if (!_open[pin])
            {
                throw new InvalidOperationException("Simulated GPIO pin " + pin + " is used before it was opened.");
            }
        }

        private void CheckInput(int pin)
        {
            CheckRange(pin);
            if (_open[pin] && IsOutput(_modes[pin]))
            {
                throw new InvalidOperationException("Simulated GPIO pin " + pin + " is an output; a test cannot drive it as an input.");
            }
        }

        private static bool IsOutput(GpioMode mode)
        {
            return mode == GpioMode.Output || mode == GpioMode.OutputOpenDrain;
        }
    }
}
