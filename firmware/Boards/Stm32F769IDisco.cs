namespace Keel.Firmware.Boards
{
    /// <summary>STM32F769I-DISCO (Discovery kit, 16 MB SDRAM).</summary>
    /// <remarks>
    /// nanoFramework numbers STM32 pins port × 16 + pin (PA0 = 0, PJ13 = 157). The managed heap is in SDRAM
    /// (about 13 MB); the plan is given 1 MB. Button: the blue USER button on PA0 (high when pressed).
    /// LEDs: LD1 (red) on PJ13, LD2 (green) on PJ5 for the heartbeat. Console: COM6 (USART6) on the Arduino
    /// connector D0 (PC7, RX) and D1 (PC6, TX), whose pins the board fixes; the ST-LINK port carries the debugger.
    /// </remarks>
    public static class Stm32F769IDisco
    {
        public const string Name = "stm32f769i-disco";
        public const int MemoryBudgetBytes = 1048576;
        public const int GpioPinCount = 176;
        public const int GpioPins = 16;
        public const int GpioEdges = 128;
        public const int Timers = 32;
        public const int ConsoleInBytes = 1024;
        public const int ConsoleOutBytes = 8192;
        public const int ConsoleLineLength = 128;
        public const string ConsolePort = "COM6";
        public const int ConsoleRxPin = -1;
        public const int ConsoleTxPin = -1;
        public const string FlashFilePath = "D:\\keel.flash";
        public const int FlashSectorSize = 4096;
        public const int FlashSectors = 16;
        public const int FlashRecords = 256;
        public const int FlashMaxRecordBytes = 128;
        public const int ButtonPin = 0;
        public const bool ButtonPressedHigh = true;
        public const long ButtonDebounceMicroseconds = 20000;
        public const int LedPin = 157;
        public const int HeartbeatLedPin = 149;
        public const long HeartbeatMicroseconds = 500000;
        public const int LogEntries = 128;
        public const long LoopPeriodMicroseconds = 5000;
        public const long HeapSampleMicroseconds = 2000000;

        /// <summary>Boot: these constants as a <see cref="BoardConfig"/>.</summary>
        public static BoardConfig Describe()
        {
            BoardConfig board = new BoardConfig();
            board.Name = Name;
            board.Description = "STM32F769I-DISCO (Discovery kit, 16 MB SDRAM)";
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
