namespace Keel.Console
{
    /// <summary>The version of Keel, as the console's version command and the boot banner print it.</summary>
    public static class KeelVersion
    {
        /// <summary>Semantic version of this source tree; raise it with each release.</summary>
        public static readonly string Text = "0.1.0";
    }
}
