namespace Keel.Firmware.Boards
{
    /// <summary>A deliberately tiny board: the DevKitC's capacities under a 2 KB budget, so its boot shows the over-budget error.</summary>
    /// <remarks>
    /// Not a real board: boot it (sim --board tiny) to see what a plan that does not fit prints, and
    /// that the firmware stays on the console to let you read it instead of rebooting.
    /// </remarks>
    public static class TinyBoard
    {
        public const string Name = "tiny";
        public const int MemoryBudgetBytes = 2048;

        /// <summary>Boot: the DevKitC's config with this name and budget.</summary>
        public static BoardConfig Describe()
        {
            BoardConfig board = Esp32DevKitC.Describe();
            board.Name = Name;
            board.Description = "a deliberately tiny board: the DevKitC's capacities under a 2 KB budget";
            board.MemoryBudgetBytes = MemoryBudgetBytes;
            return board;
        }
    }
}
