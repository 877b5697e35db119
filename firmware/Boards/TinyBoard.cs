namespace Keel.Firmware.Boards
{
    /// <summary>A deliberately tiny board: the DevKitC's capacities under a 2 KB budget, so its boot shows the over-budget error.</summary>
    /// <remarks>
    /// Not a real board: boot it (sim --board tiny) to see what a plan that does not fit prints, and that the
    /// firmware stays on the console to let you read it instead of rebooting.
    /// </remarks>
    public static class TinyBoard
    {
        public const string Name = "tiny";
        public const int MemoryBudgetBytes = 2048;
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
            board.Description = "A deliberately tiny board: the DevKitC's capacities under a 2 KB budget, so its boot shows the over-budget error";
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
