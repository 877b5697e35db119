using System;
using Keel.Drivers.Flash;
using Keel.Drivers.Gpio;
using Keel.Drivers.Ports;
using Keel.Drivers.Timers;
using Keel.Firmware.Boards;
using Keel.Pools;

namespace Keel.Firmware.App
{
    /// <summary>The demo application: the button toggles an LED and logs the press to flash, a periodic timer blinks a heartbeat, a boot counter persists.</summary>
    /// <remarks>
    /// It shows the pattern every Keel application follows: claim pins and timers and read its
    /// records at boot (allocating freely), then react to edges and timers in the main loop
    /// with buffers made at boot, so the steady state allocates nothing. A log entry is
    /// 17 bytes: press number, boot number (4 bytes each), time since boot in microseconds (8),
    /// LED state after the press (1).
    /// </remarks>
    public class DemoApp : ITimerHandler
    {
        /// <summary>Bytes of one log entry's payload.</summary>
        public const int LogEntryBytes = 17;

        private readonly GpioDriver _gpio;
        private readonly TimerService _timers;
        private readonly RecordStore _store;
        private readonly IClock _clock;
        private readonly int _buttonPin;
        private readonly bool _pressedHigh;
        private readonly int _logEntries;
        private readonly int _button;
        private readonly int _led;
        private readonly int _heartbeatLed;
        private readonly int _heartbeat;
        private readonly byte[] _record = new byte[LogEntryBytes];
        private readonly long _bootMicroseconds;
        private int _bootCount;
        private int _presses;
        private int _pressesThisBoot;
        private long _heartbeats;
        private int _storeFailures;
        private StoreResult _lastStoreResult;

        /// <summary>Boot: claims the button and LEDs, starts the heartbeat, counts this boot in the store (already mounted).</summary>
        public DemoApp(BoardConfig board, GpioDriver gpio, TimerService timers, RecordStore store, IClock clock)
        {
            if (board.LogEntries < 1 || board.LogEntries + RecordIds.Counters > store.IndexCapacity)
            {
                throw new ArgumentOutOfRangeException("board", "Board '" + board.Name + "' keeps " + board.LogEntries
                    + " log entries and " + RecordIds.Counters + " counters in a store of " + store.IndexCapacity
                    + " records; set LogEntries to 1 .. " + (store.IndexCapacity - RecordIds.Counters) + " or raise FlashRecords.");
            }

            _gpio = gpio;
            _timers = timers;
            _store = store;
            _clock = clock;
            _buttonPin = board.ButtonPin;
            _pressedHigh = board.ButtonPressedHigh;
            _logEntries = board.LogEntries;
            _button = gpio.ClaimInput(board.ButtonPin, "button", board.ButtonPressedHigh ? GpioMode.InputPullDown : GpioMode.InputPullUp,
                board.ButtonDebounceMicroseconds);
            _led = gpio.ClaimOutput(board.LedPin, "led", GpioMode.Output, false);
            _heartbeatLed = board.HeartbeatLedPin >= 0
                ? gpio.ClaimOutput(board.HeartbeatLedPin, "heartbeat", GpioMode.Output, false)
                : PoolHandle.None;
            _heartbeat = timers.Create(this, "heartbeat");
            timers.StartPeriodic(_heartbeat, board.HeartbeatMicroseconds);
            _bootMicroseconds = clock.NowMicroseconds;

            _bootCount = ReadCounter(RecordIds.BootCount) + 1;
            _presses = ReadCounter(RecordIds.Presses);
            WriteCounter(RecordIds.BootCount, _bootCount);
        }

        /// <summary>Boots counted in the store, this one included.</summary>
        public int BootCount
        {
            get { return _bootCount; }
        }

        /// <summary>Button presses counted in the store, across boots.</summary>
        public int Presses
        {
            get { return _presses; }
        }

        /// <summary>Button presses since this boot.</summary>
        public int PressesThisBoot
        {
            get { return _pressesThisBoot; }
        }

        /// <summary>Heartbeats since boot.</summary>
        public long Heartbeats
        {
            get { return _heartbeats; }
        }

        /// <summary>Whether the LED the button toggles is lit.</summary>
        public bool LedOn
        {
            get { return _gpio.LastWritten(_led); }
        }

        /// <summary>Store writes that did not return Ok (the demo goes on without them).</summary>
        public int StoreFailures
        {
            get { return _storeFailures; }
        }

        /// <summary>What the last store write returned.</summary>
        public StoreResult LastStoreResult
        {
            get { return _lastStoreResult; }
        }

        /// <summary>Log entries kept in the store (the oldest is overwritten).</summary>
        public int LogCapacity
        {
            get { return _logEntries; }
        }

        /// <summary>The heartbeat timer's id, for the main loop's next deadline.</summary>
        public int HeartbeatTimer
        {
            get { return _heartbeat; }
        }

        /// <summary>Main loop: one debounced edge from the GPIO driver. A press toggles the LED and is logged.</summary>
        public void OnEdge(int pin, bool high, long timeMicroseconds)
        {
            if (pin != _buttonPin || high != _pressedHigh)
            {
                return;
            }

            bool lit = !_gpio.LastWritten(_led);
            _gpio.Write(_led, lit);
            _presses++;
            _pressesThisBoot++;
            LittleEndianPut(_record, 0, _presses);
            LittleEndianPut(_record, 4, _bootCount);
            long since = timeMicroseconds - _bootMicroseconds;
            LittleEndianPut(_record, 8, (int)since);
            LittleEndianPut(_record, 12, (int)(since >> 32));
            _record[16] = (byte)(lit ? 1 : 0);
            Track(_store.TryWrite(LogId(_presses), _record, 0, LogEntryBytes));
            WriteCounter(RecordIds.Presses, _presses);
        }

        /// <summary>The heartbeat: blinks its LED.</summary>
        public void OnTimer(int timerId)
        {
            _heartbeats++;
            if (_heartbeatLed != PoolHandle.None)
            {
                _gpio.Toggle(_heartbeatLed);
            }
        }

        /// <summary>Reads the log entry of press number press (still kept when press > Presses − LogCapacity); false when it is not in the store.</summary>
        public bool TryReadLog(int press, out int boot, out long microsecondsSinceBoot, out bool ledOn)
        {
            boot = 0;
            microsecondsSinceBoot = 0;
            ledOn = false;
            int length;
            if (press < 1 || press > _presses || press <= _presses - _logEntries
                || _store.TryRead(LogId(press), _record, 0, out length) != StoreResult.Ok
                || length != LogEntryBytes || LittleEndianGet(_record, 0) != press)
            {
                return false;
            }

            boot = LittleEndianGet(_record, 4);
            microsecondsSinceBoot = (long)(uint)LittleEndianGet(_record, 8) | ((long)LittleEndianGet(_record, 12) << 32);
            ledOn = _record[16] != 0;
            return true;
        }

        private int LogId(int press)
        {
            return RecordIds.LogFirst + (press - 1) % _logEntries;
        }

        private int ReadCounter(int id)
        {
            int length;
            if (_store.TryRead(id, _record, 0, out length) != StoreResult.Ok || length != 4)
            {
                return 0;
            }

            return LittleEndianGet(_record, 0);
        }

        private void WriteCounter(int id, int value)
        {
            LittleEndianPut(_record, 0, value);
            Track(_store.TryWrite(id, _record, 0, 4));
        }

        private void Track(StoreResult result)
        {
            _lastStoreResult = result;
            if (result != StoreResult.Ok)
            {
                _storeFailures++;
            }
        }

        private static void LittleEndianPut(byte[] buffer, int offset, int value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
            buffer[offset + 2] = (byte)(value >> 16);
            buffer[offset + 3] = (byte)(value >> 24);
        }

        private static int LittleEndianGet(byte[] buffer, int offset)
        {
            return buffer[offset] | (buffer[offset + 1] << 8) | (buffer[offset + 2] << 16) | (buffer[offset + 3] << 24);
        }
    }
}
