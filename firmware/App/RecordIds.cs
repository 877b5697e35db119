namespace Keel.Firmware.App
{
    /// <summary>The demo's record ids in the flash record store.</summary>
    public static class RecordIds
    {
        /// <summary>Boots so far (4 bytes, little-endian), incremented at each boot.</summary>
        public const int BootCount = 1;

        /// <summary>Button presses so far (4 bytes), so log numbering goes on across boots.</summary>
        public const int Presses = 2;

        /// <summary>How many counter records (boot count, presses) the demo keeps beside its log.</summary>
        public const int Counters = 2;

        /// <summary>Log entry of press n is record LogFirst + (n − 1) mod the board's LogEntries.</summary>
        public const int LogFirst = 16;
    }
}
