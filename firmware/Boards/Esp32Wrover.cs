namespace Keel.Firmware.Boards
{
    /// <summary>ESP32 with an ESP32-WROVER module (4-8 MB PSRAM), such as the ESP32-DevKitC-VE.</summary>
    /// <remarks>
    /// With PSRAM (runtime ESP32_PSRAM_REV3) the managed heap lives in megabytes; the plan is given 256 KB
    /// and takes more of everything: a longer log, more timers and pins, a larger console output ring.
    /// Pins as on the DevKitC: BOOT button GPIO0 (low when pressed), LED GPIO2, heartbeat GPIO4, console COM2 on GPIO16/17.
    /// </remarks>
    public static class Esp32Wrover
    {
        public const string Name = "esp32-wrover";
        public const int MemoryBudgetBytes = 262144;
        public const int GpioPinCount = 40;
        public const int GpioPins = 16;
        public const int GpioEdges = 128;
        public const int Timers = 32;
        public const int ConsoleInBytes = 512;
        public const int ConsoleOutBytes = 8192;
        public const int ConsoleLineLength = 128;
        public const string ConsolePort = "COM2";
        public const int ConsoleRxPin = 16;
        public const int ConsoleTxPin = 17;
        public const string FlashFilePath = "I:\\keel.flash";
        public const int FlashSectorSize = 4096;
        public const int FlashSectors = 8;
        public const int FlashRecords = 128;
        public const int FlashMaxRecordBytes = 64;
        public const int ButtonPin = 0;
        public const bool ButtonPressedHigh = false;
        public const long ButtonDebounceMicroseconds = 20000;
        public const int LedPin = 2;
        public const int HeartbeatLedPin = 4;
        public const long HeartbeatMicroseconds = 500000;
        public const int LogEntries = 64;
        public const long LoopPeriodMicroseconds = 5000;
        public const long HeapSampleMicroseconds = 2000000;

        /// <summary>Boot: these constants as a <see cref="BoardConfig"/>.</summary>
        public static BoardConfig Describe()
        {
            BoardConfig board = new BoardConfig();
            board.Name = Name;
            board.Description = "ESP32 with an ESP32-WROVER module (4-8 MB PSRAM), such as the ESP32-DevKitC-VE";
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
