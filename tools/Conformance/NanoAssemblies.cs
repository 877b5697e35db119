using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;

namespace Keel.Conformance
{
    /// <summary>
    /// The real nanoFramework assemblies the gate compiles against: the nanoclr kit's
    /// (<c>../shared/nanoclr/ref</c>, built from source at each pinned release and strong-named as
    /// the packages are) and mscorlib from the nanoFramework.CoreLibrary package itself.
    /// </summary>
    /// <remarks>
    /// mscorlib comes from the package rather than the kit because the package's is the very file a
    /// device build's HintPath names (what users compile against), restored from NuGet at the version
    /// Keel.Conformance.csproj names; the kit's rebuild of it is checked to agree (a test).
    /// </remarks>
    public sealed class NanoAssemblies
    {
        public const string CoreLibrary = "mscorlib";

        /// <summary>The kit's host-only allocation counter: no package, never deployed, for test projects only.</summary>
        public const string HostMeasure = "nanoFramework.HostMeasure";

        /// <summary>The name Keel.Conformance.csproj embeds the CoreLibrary package's mscorlib.dll under.</summary>
        private const string PackagedCoreLibraryResource = "nanoFramework.CoreLibrary/mscorlib.dll";

        private readonly Dictionary<string, NanoAssembly> _byName;

        private NanoAssemblies(string kitFolder, Dictionary<string, NanoAssembly> byName)
        {
            KitFolder = kitFolder;
            _byName = byName;
        }

        /// <summary>The kit's ref/ folder.</summary>
        public string KitFolder { get; }

        public IReadOnlyCollection<NanoAssembly> All
        {
            get { return _byName.Values; }
        }

        /// <summary>Every dll of the kit's ref/ folder, with the CoreLibrary package's mscorlib in place of the kit's.</summary>
        public static NanoAssemblies Load(string kitFolder)
        {
            string folder = Path.GetFullPath(kitFolder);
            if (!Directory.Exists(folder))
            {
                throw new GateUnavailableException("The gate compiles device projects against the real nanoFramework assemblies in " + folder
                    + " (the nanoclr kit in ../shared beside the repository, as in CI), which is missing here: no device project can be checked.");
            }

            Dictionary<string, NanoAssembly> byName = Directory.EnumerateFiles(folder, "*.dll")
                .Select(path => NanoAssembly.FromImage(File.ReadAllBytes(path).ToImmutableArray(), path))
                .ToDictionary(assembly => assembly.Name, StringComparer.Ordinal);
            byName[CoreLibrary] = PackagedCoreLibrary();
            return new NanoAssemblies(folder, byName);
        }

        /// <summary>mscorlib.dll of the nanoFramework.CoreLibrary package, as Keel.Conformance.csproj restored it.</summary>
        public static NanoAssembly PackagedCoreLibrary()
        {
            using (Stream resource = typeof(NanoAssemblies).Assembly.GetManifestResourceStream(PackagedCoreLibraryResource))
            using (MemoryStream image = new MemoryStream())
            {
                resource.CopyTo(image);
                return NanoAssembly.FromImage(image.ToArray().ToImmutableArray(), "the nanoFramework.CoreLibrary package (tools/Conformance/Keel.Conformance.csproj)");
            }
        }

        /// <summary>The assembly of that name, or null when the gate has none.</summary>
        public NanoAssembly Find(string assemblyName)
        {
            return _byName.TryGetValue(assemblyName, out NanoAssembly assembly) ? assembly : null;
        }
    }
}
