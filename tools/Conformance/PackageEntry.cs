namespace Keel.Conformance
{
    /// <summary>One <c>&lt;package id version targetFramework&gt;</c> line of a packages.config.</summary>
    public sealed class PackageEntry
    {
        public PackageEntry(string id, string version, string targetFramework, int line)
        {
            Id = id;
            Version = version;
            TargetFramework = targetFramework;
            Line = line;
        }

        public string Id { get; }

        public string Version { get; }

        public string TargetFramework { get; }

        public int Line { get; }
    }
}
