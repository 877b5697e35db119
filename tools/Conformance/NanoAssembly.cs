using System;
using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;

namespace Keel.Conformance
{
    /// <summary>One real nanoFramework assembly the gate compiles against: its identity, where it came from, and its metadata.</summary>
    public sealed class NanoAssembly
    {
        private NanoAssembly(string name, Version version, string publicKeyToken, string origin, MetadataReference reference)
        {
            Name = name;
            Version = version;
            PublicKeyToken = publicKeyToken;
            Origin = origin;
            Reference = reference;
        }

        public string Name { get; }

        /// <summary>The assembly's own version, what a Reference's <c>Version=</c> must say.</summary>
        public Version Version { get; }

        /// <summary>Lower-case hex as an assembly name writes it; <c>null</c> for an assembly without a strong name.</summary>
        public string PublicKeyToken { get; }

        /// <summary>The file it was read from, or the package that carries it, for messages.</summary>
        public string Origin { get; }

        public MetadataReference Reference { get; }

        /// <summary>Reads the identity out of a PE image; <paramref name="origin"/> names where the image came from.</summary>
        public static NanoAssembly FromImage(ImmutableArray<byte> image, string origin)
        {
            using (PEReader reader = new PEReader(image))
            {
                AssemblyName identity = reader.GetMetadataReader().GetAssemblyDefinition().GetAssemblyName();
                byte[] key = identity.GetPublicKeyToken();
                string token = key == null || key.Length == 0 ? "null" : Convert.ToHexString(key).ToLowerInvariant();
                return new NanoAssembly(identity.Name, identity.Version, token, origin, MetadataReference.CreateFromImage(image, filePath: origin));
            }
        }

        /// <summary>True when the assembly is the build of a NuGet version (three parts; a missing fourth part is 0).</summary>
        public bool IsVersion(string nugetVersion)
        {
            return System.Version.TryParse(nugetVersion, out Version pinned)
                && pinned.Major == Version.Major && pinned.Minor == Version.Minor
                && Math.Max(0, pinned.Build) == Version.Build && Math.Max(0, pinned.Revision) == Version.Revision;
        }
    }
}
