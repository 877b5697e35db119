using System;
using Keel.Drivers.Ports;
using Keel.Pools;

namespace Keel.Drivers.Gpio
{
    /// <summary>The GPIO driver: a pin table claimed at boot, debounced inputs sampled by the main loop, edges in a record ring, outputs.</summary>
    /// <remarks>
    /// Boot claims each pin once, by a named owner, in a mode, and gets a handle back (a
    /// <see cref="SlotPool"/> handle of the pin table). Steady-state calls take that handle, so
    /// every lookup is an array index: nothing here allocates after boot.
    ///
    /// Debouncing, precisely: the main loop calls <see cref="Sample"/>, which reads every input
    /// once at the clock's current time t. A new raw level is accepted as the pin's level at the
    /// first sample where it has been read in every sample since the sample at which it first
    /// appeared (at time s), and t − s ≥ the pin's debounce time. A debounce time of 0 accepts a
    /// change at the sample that sees it. A raw change that goes back to the accepted level
    /// before that is a bounce: it is counted and produces no edge.
    ///
    /// Each accepted change is written to the edge ring as (pin, new level, s): the timestamp is
    /// when the level was first seen in the run that proved stable, not when the debounce time
    /// ran out, so pulse widths are measured without the debounce delay. Edges of one pin are
    /// in time order; edges of pins with different debounce times may be out of time order in
    /// the ring. The ring's overflow policy decides which edge is lost when it is full; the
    /// loss is counted on the pin whose edge was lost and in total.
    /// Single-threaded (the main loop), except that the edge ring may be read from one other thread.
    /// </remarks>
    public class GpioDriver
    {
        /// <summary>The pin table's name in the memory map.</summary>
        public const string PinTableName = "gpio-pins";

        /// <summary>The edge ring's name in the memory map.</summary>
        public const string EdgeRingName = "gpio-edges";

        /// <summary>
        /// Bytes one pin-table entry takes across the arrays below: pin number 4, mode 4, owner
        /// reference 4, handle 4, debounce 8, level 1, raw level 1, raw-since 8, edges 4,
        /// bounces 4, drops 4, input-list entry 4.
        /// </summary>
        public const int PinEntryBytes = 4 + 4 + 4 + 4 + 8 + 1 + 1 + 8 + 4 + 4 + 4 + 4;

        /// <summary>Bytes one edge record takes: pin-table entry 4, level 1, timestamp 8.</summary>
        public const int EdgeRecordBytes = 4 + 1 + 8;

        private readonly IGpioPort _port;
        private readonly IClock _clock;
        private readonly int _boardPinCount;
        private readonly SlotPool _table;
        private readonly RecordRing _edgeRing;

        // The pin table, indexed by table entry (the slot index of the pin's handle).
        private readonly int[] _pinNumbers;
        private readonly GpioMode[] _modes;
        private readonly string[] _owners;
        private readonly int[] _handles;
        private readonly long[] _debounceMicroseconds;
        private readonly bool[] _levels;          // inputs: the debounced level; outputs: the last level written
        private readonly bool[] _rawLevels;       // inputs: the level read at the last sample
        private readonly long[] _rawSince;        // inputs: when the raw level was first read in its current run
        private readonly int[] _edges;
        private readonly int[] _bounces;
        private readonly int[] _drops;

        // The table entries of the inputs, so that sampling visits only them.
        private readonly int[] _inputs;
        private int _inputCount;

        // The edge records, indexed by ring position.
        private readonly int[] _edgeEntries;
        private readonly bool[] _edgeLevels;
        private readonly long[] _edgeTimes;

        private int _totalEdges;
        private int _totalBounces;
        private int _totalDrops;
        private int _misuses;

        /// <summary>Boot: builds the pin table and the edge ring from the board config and adds both to the memory plan.</summary>
        /// <param name="plan">The board's memory plan; the table and ring are added to it.</param>
        /// <param name="port">The board's GPIO hardware.</param>
        /// <param name="clock">The monotonic clock edges are stamped with.</param>
        /// <param name="boardPinCount">Valid pin numbers are 0 to boardPinCount − 1.</param>
        /// <param name="pinTableSize">How many pins can be claimed (a const of the board config).</param>
        /// <param name="edgeRingCapacity">Edges the ring holds: a power of two.</param>
        /// <param name="edgePolicy">Which edge a full ring loses: the newest or the oldest.</param>
        public GpioDriver(MemoryPlan plan, IGpioPort port, IClock clock, int boardPinCount, int pinTableSize,
            int edgeRingCapacity, OverflowPolicy edgePolicy)
        {
            if (plan == null || port == null || clock == null)
            {
                throw new ArgumentNullException(plan == null ? "plan" : (port == null ? "port" : "clock"),
                    "The GPIO driver needs the board's memory plan, GPIO port and clock.");
            }

            if (boardPinCount < 1)
            {
                throw new ArgumentOutOfRangeException("boardPinCount", "The board declares " + boardPinCount
                    + " GPIO pins; set its pin count in the board config to the number of pin numbers it has (1 or more).");
            }

            _port = port;
            _clock = clock;
            _boardPinCount = boardPinCount;
            _table = new SlotPool(PinTableName, pinTableSize, PinEntryBytes);
            _edgeRing = new RecordRing(EdgeRingName, edgeRingCapacity, EdgeRecordBytes, edgePolicy);

            _pinNumbers = new int[pinTableSize];
            _modes = new GpioMode[pinTableSize];
            _owners = new string[pinTableSize];
            _handles = new int[pinTableSize];
            _debounceMicroseconds = new long[pinTableSize];
            _levels = new bool[pinTableSize];
            _rawLevels = new bool[pinTableSize];
            _rawSince = new long[pinTableSize];
            _edges = new int[pinTableSize];
            _bounces = new int[pinTableSize];
            _drops = new int[pinTableSize];
            _inputs = new int[pinTableSize];

            _edgeEntries = new int[edgeRingCapacity];
            _edgeLevels = new bool[edgeRingCapacity];
            _edgeTimes = new long[edgeRingCapacity];

            plan.Add(_table);
            plan.Add(_edgeRing);
        }

        /// <summary>The pin table: capacity, pins claimed, and faults (steady-state calls with a handle it never gave).</summary>
        public SlotPool PinTable
        {
            get { return _table; }
        }

        /// <summary>The ring accepted edges go to, with its overflow policy and counters.</summary>
        public RecordRing EdgeRing
        {
            get { return _edgeRing; }
        }

        public int BoardPinCount
        {
            get { return _boardPinCount; }
        }

        /// <summary>Pins claimed so far; table entries 0 to ClaimedPins − 1 are in use.</summary>
        public int ClaimedPins
        {
            get { return _table.InUse; }
        }

        /// <summary>Edges accepted on all pins, whether or not the ring had room for them.</summary>
        public int TotalEdges
        {
            get { return _totalEdges; }
        }

        /// <summary>Raw changes filtered out by debouncing on all pins.</summary>
        public int TotalBounces
        {
            get { return _totalBounces; }
        }

        /// <summary>Edges lost to a full ring on all pins (the ring's policy says whether the newest or the oldest).</summary>
        public int TotalDrops
        {
            get { return _totalDrops; }
        }

        /// <summary>Steady-state calls refused for the pin's direction (a write to an input, an input's level asked of an output).</summary>
        public int Misuses
        {
            get { return _misuses; }
        }

        /// <summary>Boot: claims an input pin for owner, opens it, and starts debouncing from its current level.</summary>
        /// <returns>The pin's handle for the steady-state calls.</returns>
        public int ClaimInput(int pin, string owner, GpioMode mode, long debounceMicroseconds)
        {
            if (!IsInput(mode))
            {
                throw new ArgumentException("'" + owner + "' claims GPIO pin " + pin + " as an input in mode "
                    + ModeName(mode) + ", which is not an input mode. Use Input, InputPullUp or InputPullDown, or ClaimOutput.");
            }

            if (debounceMicroseconds < 0)
            {
                throw new ArgumentOutOfRangeException("debounceMicroseconds", "'" + owner + "' claims GPIO pin " + pin
                    + " with a debounce time of " + debounceMicroseconds + " microseconds; use 0 (no debouncing) or more.");
            }

            int entry = ClaimEntry(pin, owner, mode);
            _port.Open(pin, mode);

            // Start from the level the pin has now, so boot itself produces no edge.
            bool level = _port.Read(pin);
            _levels[entry] = level;
            _rawLevels[entry] = level;
            _rawSince[entry] = _clock.NowMicroseconds;
            _debounceMicroseconds[entry] = debounceMicroseconds;
            _inputs[_inputCount] = entry;
            _inputCount++;
            return _handles[entry];
        }

        /// <summary>Boot: claims an output pin for owner, opens it and drives it to the initial level.</summary>
        /// <returns>The pin's handle for the steady-state calls.</returns>
        public int ClaimOutput(int pin, string owner, GpioMode mode, bool initialHigh)
        {
            if (mode != GpioMode.Output && mode != GpioMode.OutputOpenDrain)
            {
                throw new ArgumentException("'" + owner + "' claims GPIO pin " + pin + " as an output in mode "
                    + ModeName(mode) + ", which is not an output mode. Use Output or OutputOpenDrain, or ClaimInput.");
            }

            int entry = ClaimEntry(pin, owner, mode);
            _port.Open(pin, mode);
            _port.Write(pin, initialHigh);
            _levels[entry] = initialHigh;
            return _handles[entry];
        }

        /// <summary>
        /// Main loop: reads every input once, debounces it and writes each accepted edge to the ring.
        /// O(inputs); allocates nothing.
        /// </summary>
        public void Sample()
        {
            long now = _clock.NowMicroseconds;
            for (int i = 0; i < _inputCount; i++)
            {
                int entry = _inputs[i];
                bool raw = _port.Read(_pinNumbers[entry]);
                if (raw != _rawLevels[entry])
                {
                    _rawLevels[entry] = raw;
                    _rawSince[entry] = now;
                    if (raw == _levels[entry])
                    {
                        // Back to the accepted level before the change was stable long enough.
                        _bounces[entry]++;
                        _totalBounces++;
                        continue;
                    }
                }

                if (raw != _levels[entry] && now - _rawSince[entry] >= _debounceMicroseconds[entry])
                {
                    _levels[entry] = raw;
                    _edges[entry]++;
                    _totalEdges++;
                    Publish(entry, raw, _rawSince[entry]);
                }
            }
        }

        /// <summary>Takes the oldest edge off the ring: false when there is none. Allocates nothing.</summary>
        public bool TryReadEdge(out int pin, out bool high, out long timeMicroseconds)
        {
            while (true)
            {
                int position = _edgeRing.BeginRead();
                if (position < 0)
                {
                    pin = -1;
                    high = false;
                    timeMicroseconds = 0;
                    return false;
                }

                int entry = _edgeEntries[position];
                high = _edgeLevels[position];
                timeMicroseconds = _edgeTimes[position];
                if (_edgeRing.EndRead())
                {
                    pin = _pinNumbers[entry];
                    return true;
                }

                // Overwritten by the producer on another thread while being copied: take the next one.
            }
        }

        /// <summary>Drives an output high or low; false (counted) for a handle that is not a claimed output.</summary>
        public bool Write(int handle, bool high)
        {
            int entry = OutputEntry(handle);
            if (entry < 0)
            {
                return false;
            }

            _port.Write(_pinNumbers[entry], high);
            _levels[entry] = high;
            return true;
        }

        /// <summary>Drives an output to the opposite of its last written level; false (counted) for a handle that is not a claimed output.</summary>
        public bool Toggle(int handle)
        {
            int entry = OutputEntry(handle);
            if (entry < 0)
            {
                return false;
            }

            bool high = !_levels[entry];
            _port.Write(_pinNumbers[entry], high);
            _levels[entry] = high;
            return true;
        }

        /// <summary>The level last written to an output (read back from the table, not the pin); false (counted) for other handles.</summary>
        public bool LastWritten(int handle)
        {
            int entry = OutputEntry(handle);
            return entry >= 0 && _levels[entry];
        }

        /// <summary>An input's debounced level; false (counted) for a handle that is not a claimed input.</summary>
        public bool Level(int handle)
        {
            int entry = _table.IndexOf(handle);
            if (entry < 0)
            {
                return false;
            }

            if (!IsInput(_modes[entry]))
            {
                _misuses++;
                return false;
            }

            return _levels[entry];
        }

        /// <summary>Edges accepted on this pin; 0 for a handle the table never gave (counted as a fault).</summary>
        public int Edges(int handle)
        {
            int entry = _table.IndexOf(handle);
            return entry < 0 ? 0 : _edges[entry];
        }

        /// <summary>Raw changes filtered out on this pin; 0 for a handle the table never gave (counted as a fault).</summary>
        public int Bounces(int handle)
        {
            int entry = _table.IndexOf(handle);
            return entry < 0 ? 0 : _bounces[entry];
        }

        /// <summary>This pin's edges lost to a full ring; 0 for a handle the table never gave (counted as a fault).</summary>
        public int Drops(int handle)
        {
            int entry = _table.IndexOf(handle);
            return entry < 0 ? 0 : _drops[entry];
        }

        /// <summary>The handle of table entry 0 to ClaimedPins − 1, in claim order, for listing the table.</summary>
        public int HandleAt(int entry)
        {
            return entry >= 0 && entry < ClaimedPins ? _handles[entry] : PoolHandle.None;
        }

        /// <summary>The handle of a claimed pin number, or <see cref="PoolHandle.None"/>. O(claimed pins).</summary>
        public int HandleOf(int pin)
        {
            int entry = EntryOf(pin);
            return entry < 0 ? PoolHandle.None : _handles[entry];
        }

        /// <summary>The pin number of a handle, or -1 (counted as a fault).</summary>
        public int PinOf(int handle)
        {
            int entry = _table.IndexOf(handle);
            return entry < 0 ? -1 : _pinNumbers[entry];
        }

        /// <summary>The owner named when the pin was claimed, or null (counted as a fault).</summary>
        public string OwnerOf(int handle)
        {
            int entry = _table.IndexOf(handle);
            return entry < 0 ? null : _owners[entry];
        }

        /// <summary>The mode the pin was claimed in; Input for a bad handle (counted as a fault).</summary>
        public GpioMode ModeOf(int handle)
        {
            int entry = _table.IndexOf(handle);
            return entry < 0 ? GpioMode.Input : _modes[entry];
        }

        /// <summary>Zeroes the edge, bounce, drop and misuse counters, per pin and in total (the table and ring keep their own).</summary>
        public void ResetStatistics()
        {
            for (int entry = 0; entry < _edges.Length; entry++)
            {
                _edges[entry] = 0;
                _bounces[entry] = 0;
                _drops[entry] = 0;
            }

            _totalEdges = 0;
            _totalBounces = 0;
            _totalDrops = 0;
            _misuses = 0;
        }

        /// <summary>Boot: checks the claim and takes a table entry; throws a boot error that says what to change.</summary>
        private int ClaimEntry(int pin, string owner, GpioMode mode)
        {
            if (owner == null || owner.Length == 0)
            {
                throw new ArgumentException("GPIO pin " + pin + " is claimed without an owner name; name the claimer "
                    + "(\"status-led\", \"door-sensor\"): boot errors and the console show it.");
            }

            if (pin < 0 || pin >= _boardPinCount)
            {
                throw new ArgumentOutOfRangeException("pin", "'" + owner + "' claims GPIO pin " + pin
                    + ", outside this board's pins 0 to " + (_boardPinCount - 1)
                    + ". Use a pin in that range, or correct the board's pin count in the board config.");
            }

            int holder = EntryOf(pin);
            if (holder >= 0)
            {
                throw new InvalidOperationException("'" + owner + "' claims GPIO pin " + pin + " as " + ModeName(mode)
                    + ", but '" + _owners[holder] + "' claimed it first as " + ModeName(_modes[holder])
                    + ". Give one of them another pin in the board config.");
            }

            int handle = _table.Acquire();
            if (handle == PoolHandle.None)
            {
                throw new InvalidOperationException("'" + owner + "' claims GPIO pin " + pin + ", but all "
                    + _table.Capacity + " entries of the GPIO pin table are claimed. Raise the pin table size in the board config.");
            }

            int entry = _table.IndexOf(handle);
            _pinNumbers[entry] = pin;
            _modes[entry] = mode;
            _owners[entry] = owner;
            _handles[entry] = handle;
            return entry;
        }

        private int EntryOf(int pin)
        {
            int claimed = ClaimedPins;
            for (int entry = 0; entry < claimed; entry++)
            {
                if (_pinNumbers[entry] == pin)
                {
                    return entry;
                }
            }

            return -1;
        }

        private int OutputEntry(int handle)
        {
            int entry = _table.IndexOf(handle);
            if (entry < 0)
            {
                return -1;
            }

            if (IsInput(_modes[entry]))
            {
                _misuses++;
                return -1;
            }

            return entry;
        }

        private void Publish(int entry, bool high, long time)
        {
            long overwrittenBefore = _edgeRing.Overwritten;
            int position = _edgeRing.BeginWrite();
            if (position < 0)
            {
                // RejectNewest and full: this edge is the one lost.
                _drops[entry]++;
                _totalDrops++;
                return;
            }

            if (_edgeRing.Overwritten != overwrittenBefore)
            {
                // OverwriteOldest and full: the oldest record, at this very position, made room.
                _drops[_edgeEntries[position]]++;
                _totalDrops++;
            }

            _edgeEntries[position] = entry;
            _edgeLevels[position] = high;
            _edgeTimes[position] = time;
            _edgeRing.CommitWrite();
        }

        private static bool IsInput(GpioMode mode)
        {
            return mode == GpioMode.Input || mode == GpioMode.InputPullUp || mode == GpioMode.InputPullDown;
        }

        /// <summary>Boot messages only: nanoFramework's Enum.ToString gives the number, not the name.</summary>
        private static string ModeName(GpioMode mode)
        {
            switch (mode)
            {
                case GpioMode.Input: return "Input";
                case GpioMode.InputPullDown: return "InputPullDown";
                case GpioMode.InputPullUp: return "InputPullUp";
                case GpioMode.Output: return "Output";
                case GpioMode.OutputOpenDrain: return "OutputOpenDrain";
                default: return "mode " + ((int)mode).ToString();
            }
        }
    }
}
