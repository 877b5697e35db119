namespace Keel.Firmware.Boards
{
    /// <summary>ESP32-DevKitC with an ESP32-WROOM-32 module (no PSRAM): the default board and the simulator's.</summary>
    /// <remarks>
    /// The runtime (ESP32_REV3) leaves roughly 50–110 KB of managed heap without PSRAM; the plan
    /// is kept to 24 KB of it so the runtime, the interpreter's stack frames and boot's own
    /// objects keep their room. Button: the BOOT button on GPIO0 (pulled up, low when pressed).
    /// LED: GPIO2 (the on-board LED of most DevKitC clones; wire one with a resistor otherwise),
    /// heartbeat on GPIO4. Console: COM2 on GPIO16 (RX) and GPIO17 (TX); COM1 carries the debugger.
    /// </remarks>
    public static class Esp32DevKitC
    {
        public const string Name = "esp32-devkitc";
        public const int MemoryBudgetBytes = 24576;
        public const int GpioPinCount = 40;
        public const int GpioPins = 8;
        public const int GpioEdges = 32;
        public const int Timers = 8;
        public const int ConsoleInBytes = 256;
        public const int ConsoleOutBytes = 2048;
        public const int ConsoleLineLength = 64;
        public const string ConsolePort = "COM2";
        public const int ConsoleRxPin = 16;
        public const int ConsoleTxPin = 17;
        public const string FlashFilePath = "I:\\keel.flash";
        public const int FlashSectorSize = 4096;
        public const int FlashSectors = 4;
        public const int FlashRecords = 24;
        public const int FlashMaxRecordBytes = 32;
        public const int ButtonPin = 0;
        public const bool ButtonPressedHigh = false;
        public const long ButtonDebounceMicroseconds = 20000;
        public const int LedPin = 2;
        public const int HeartbeatLedPin = 4;
        public const long HeartbeatMicroseconds = 500000;
        public const int LogEntries = 16;
        public const long LoopPeriodMicroseconds = 5000;
        public const long HeapSampleMicroseconds = 2000000;

        /// <summary>Boot: these constants as a <see cref="BoardConfig"/>.</summary>
        public static BoardConfig Describe()
        {
            BoardConfig board = new BoardConfig();
            board.Name = Name;
            board.Description = "ESP32-DevKitC, ESP32-WROOM-32 (no PSRAM)";
            board.MemoryBudgetBytes = MemoryBudgetBytes;
            board.GpioPinCount = GpioPinCount;
            board.GpioPins = GpioPins;
            board.GpioEdges = GpioEdges;
            board.Timers = Timers;
            board.ConsoleInBytes = ConsoleInBytes;
            board.ConsoleOutBytes = ConsoleOutBytes;
            board.ConsoleLineLength = ConsoleLineLength;
            board.ConsolePort = ConsolePort;
            board.ConsoleRxPin = ConsoleRxPin;
            board.ConsoleTxPin = ConsoleTxPin;
            board.FlashFilePath = FlashFilePath;
            board.FlashSectorSize = FlashSectorSize;
            board.FlashSectors = FlashSectors;
            board.FlashRecords = FlashRecords;
            board.FlashMaxRecordBytes = FlashMaxRecordBytes;
            board.ButtonPin = ButtonPin;
            board.ButtonPressedHigh = ButtonPressedHigh;
            board.ButtonDebounceMicroseconds = ButtonDebounceMicroseconds;
            board.LedPin = LedPin;
            board.HeartbeatLedPin = HeartbeatLedPin;
            board.HeartbeatMicroseconds = HeartbeatMicroseconds;
            board.LogEntries = LogEntries;
            board.LoopPeriodMicroseconds = LoopPeriodMicroseconds;
            board.HeapSampleMicroseconds = HeapSampleMicroseconds;
            return board;
        }
    }
}
