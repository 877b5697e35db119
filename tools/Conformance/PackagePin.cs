namespace Keel.Conformance
{
    /// <summary>One row of a "Package pins" table (NANOFRAMEWORK.md): a NuGet package, its version and its assembly.</summary>
    public sealed class PackagePin
    {
        public PackagePin(string packageId, string version, string assemblyName, int line, string source)
        {
            Source = source;
            PackageId = packageId;
            Version = version;
            AssemblyName = assemblyName;
            Line = line;
        }

        public string PackageId { get; }

        /// <summary>The NuGet version (three parts, as in packages.config and the HintPath folder).</summary>
        public string Version { get; }

        public string AssemblyName { get; }

        /// <summary>The table row in its file.</summary>
        public int Line { get; }

        /// <summary>The file whose table pins it (NANOFRAMEWORK.md).</summary>
        public string Source { get; }
    }
}
