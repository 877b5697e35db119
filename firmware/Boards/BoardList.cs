namespace Keel.Firmware.Boards
{
    /// <summary>The shipped boards by name, for the simulator's --board and for tests; no reflection.</summary>
    public static class BoardList
    {
        /// <summary>The board the simulator boots when none is named.</summary>
        public const string DefaultName = Esp32DevKitC.Name;

        /// <summary>Boot: every shipped board's name, the default first.</summary>
        public static string[] Names()
        {
            return new string[] { Esp32DevKitC.Name, Esp32Wrover.Name, Stm32F769IDisco.Name, TinyBoard.Name };
        }

        /// <summary>Boot: the board with this name, or null.</summary>
        public static BoardConfig Find(string name)
        {
            switch (name)
            {
                case Esp32DevKitC.Name: return Esp32DevKitC.Describe();
                case Esp32Wrover.Name: return Esp32Wrover.Describe();
                case Stm32F769IDisco.Name: return Stm32F769IDisco.Describe();
                case TinyBoard.Name: return TinyBoard.Describe();
                default: return null;
            }
        }
    }
}
