namespace Keel.Conformance
{
    /// <summary>One <c>&lt;Reference Include="Name, Version=…, PublicKeyToken=…"&gt;</c> of a device project.</summary>
    public sealed class DeviceReference
    {
        public DeviceReference(string assemblyName, string version, string publicKeyToken, string hintPath, int line)
        {
            AssemblyName = assemblyName;
            Version = version;
            PublicKeyToken = publicKeyToken;
            HintPath = hintPath;
            Line = line;
        }

        public string AssemblyName { get; }

        /// <summary>The <c>Version=</c> of the Include, or null when it names none.</summary>
        public string Version { get; }

        /// <summary>The <c>PublicKeyToken=</c> of the Include, or null when it names none.</summary>
        public string PublicKeyToken { get; }

        /// <summary>The HintPath as written, or null.</summary>
        public string HintPath { get; }

        /// <summary>The line of the Reference element in the .nfproj.</summary>
        public int Line { get; }
    }
}
