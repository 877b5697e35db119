namespace Keel.Firmware.Boards
{
    /// <summary>ESP32 with an ESP32-WROVER module (4-8 MB PSRAM), such as the ESP32-DevKitC-VE: the DevKitC's pins, larger capacities.</summary>
    /// <remarks>
    /// With PSRAM (runtime ESP32_PSRAM_REV3) the managed heap is counted in megabytes; the plan is
    /// given 256 KB and takes more of everything: a longer log, more timers, pins and edges, a larger
    /// console. Pins as on the DevKitC (BOOT button GPIO0, LED GPIO2, heartbeat GPIO4, console COM2
    /// on GPIO16/17), so <see cref="Describe"/> starts from <see cref="Esp32DevKitC"/>.
    /// </remarks>
    public static class Esp32Wrover
    {
        public const string Name = "esp32-wrover";
        public const int MemoryBudgetBytes = 262144;
        public const int GpioPins = 16;
        public const int GpioEdges = 128;
        public const int Timers = 32;
        public const int ConsoleInBytes = 512;
        public const int ConsoleOutBytes = 8192;
        public const int ConsoleLineLength = 128;
        public const int FlashSectors = 8;
        public const int FlashRecords = 128;
        public const int FlashMaxRecordBytes = 64;
        public const int LogEntries = 64;

        /// <summary>Boot: the DevKitC's config with these capacities.</summary>
        public static BoardConfig Describe()
        {
            BoardConfig board = Esp32DevKitC.Describe();
            board.Name = Name;
            board.Description = "ESP32 with an ESP32-WROVER module (4-8 MB PSRAM)";
            board.MemoryBudgetBytes = MemoryBudgetBytes;
            board.GpioPins = GpioPins;
            board.GpioEdges = GpioEdges;
            board.Timers = Timers;
            board.ConsoleInBytes = ConsoleInBytes;
            board.ConsoleOutBytes = ConsoleOutBytes;
            board.ConsoleLineLength = ConsoleLineLength;
            board.FlashSectors = FlashSectors;
            board.FlashRecords = FlashRecords;
            board.FlashMaxRecordBytes = FlashMaxRecordBytes;
            board.LogEntries = LogEntries;
            return board;
        }
    }
}
