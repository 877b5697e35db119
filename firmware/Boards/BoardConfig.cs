namespace Keel.Firmware.Boards
{
    /// <summary>One board's constants gathered into an object, so boot and the simulator take any board without reflection.</summary>
    /// <remarks>
    /// Each board class (<see cref="Esp32DevKitC"/>, ...) declares its numbers as <c>const</c>
    /// fields and builds one of these from them in <c>Describe()</c>; <see cref="BoardList"/>
    /// finds them by name. Boot reads nothing else.
    /// </remarks>
    public class BoardConfig
    {
        /// <summary>The name the memory map, version and the simulator's --board use ("esp32-devkitc").</summary>
        public string Name;

        /// <summary>One line for people: the board and its module.</summary>
        public string Description;

        /// <summary>What the memory plan may take of the managed heap, in bytes.</summary>
        public int MemoryBudgetBytes;

        /// <summary>Pin numbers 0 .. GpioPinCount − 1.</summary>
        public int GpioPinCount;

        /// <summary>Pins the GPIO driver can claim.</summary>
        public int GpioPins;

        /// <summary>Capacity of the GPIO edge ring (a power of two).</summary>
        public int GpioEdges;

        /// <summary>Software timers.</summary>
        public int Timers;

        /// <summary>Console input ring in bytes (a power of two).</summary>
        public int ConsoleInBytes;

        /// <summary>Console output ring in bytes (a power of two); holds the longest listing.</summary>
        public int ConsoleOutBytes;

        /// <summary>Longest console line in characters.</summary>
        public int ConsoleLineLength;

        /// <summary>The console's UART ("COM2").</summary>
        public string ConsolePort;

        /// <summary>The pin the console UART receives on, or -1 when the board fixes it.</summary>
        public int ConsoleRxPin;

        /// <summary>The pin the console UART transmits on, or -1 when the board fixes it.</summary>
        public int ConsoleTxPin;

        /// <summary>The flash file on the board's storage (FileNorFlash): I:\ is an ESP32's internal drive, D:\ an SD card.</summary>
        public string FlashFilePath;

        /// <summary>Bytes per flash sector of the record store.</summary>
        public int FlashSectorSize;

        /// <summary>Flash sectors of the record store (at least 2).</summary>
        public int FlashSectors;

        /// <summary>Most record ids the store holds at once.</summary>
        public int FlashRecords;

        /// <summary>Longest record payload in bytes.</summary>
        public int FlashMaxRecordBytes;

        /// <summary>The demo's button pin.</summary>
        public int ButtonPin;

        /// <summary>True when a press drives the button pin high (pull-down), false when low (pull-up).</summary>
        public bool ButtonPressedHigh;

        /// <summary>How long the button must hold a new level to count, in microseconds.</summary>
        public long ButtonDebounceMicroseconds;

        /// <summary>The LED the button toggles.</summary>
        public int LedPin;

        /// <summary>The LED the heartbeat blinks, or -1 for none (the heartbeat is then only counted).</summary>
        public int HeartbeatLedPin;

        /// <summary>Heartbeat period in microseconds.</summary>
        public long HeartbeatMicroseconds;

        /// <summary>Log entries kept in the record store (the oldest is overwritten).</summary>
        public int LogEntries;

        /// <summary>The longest the main loop sleeps, in microseconds: it bounds how late a console byte or a button edge is seen.</summary>
        public long LoopPeriodMicroseconds;

        /// <summary>How often the garbage watch measures the heap, in microseconds (a forced collection on the device: keep it rare).</summary>
        public long HeapSampleMicroseconds;
    }
}
