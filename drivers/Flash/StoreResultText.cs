namespace Keel.Drivers.Flash
{
    /// <summary>A store result in words for the console, from text made once (no string is built in steady state).</summary>
    public static class StoreResultText
    {
        // Indexed by the enum's value; the order is StoreResult's.
        private static readonly string[] Names =
        {
            "ok", "unknown id", "record too long", "store full", "index full", "flash failed",
            "corrupt", "buffer too small", "invalid argument", "not mounted", "damaged"
        };

        private static readonly string Unnamed = "unnamed result";

        /// <summary>The result's name, such as "flash failed".</summary>
        public static string Of(StoreResult result)
        {
            int index = (int)result;
            return index >= 0 && index < Names.Length ? Names[index] : Unnamed;
        }
    }
}
