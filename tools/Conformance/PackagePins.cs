using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Keel.Conformance
{
    /// <summary>The package pins of NANOFRAMEWORK.md ("Package pins" table), read where they are written.</summary>
    public sealed class PackagePins
    {
        /// <summary>
        /// Assemblies that ship inside another pinned package, so the table (one assembly per
        /// package) does not name them. nanoFramework.TestFramework's package carries the test
        /// launcher, nanoFramework.UnitTestLauncher.exe, next to nanoFramework.TestFramework.dll.
        /// </summary>
        private static readonly Dictionary<string, string> ShippedInside = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            { "nanoFramework.UnitTestLauncher", "nanoFramework.TestFramework" },
        };

        private readonly Dictionary<string, PackagePin> _byPackage;

        private PackagePins(string source, List<PackagePin> pins)
        {
            Source = source;
            Pins = pins;
            _byPackage = pins.ToDictionary(pin => pin.PackageId, StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>The file the pins were read from, for messages.</summary>
        public string Source { get; }

        public IReadOnlyList<PackagePin> Pins { get; }

        public static PackagePins Load(string path)
        {
            return Parse(File.ReadAllText(path), Path.GetFileName(path));
        }

        public static PackagePins Parse(string markdown, string source)
        {
            string[] lines = markdown.Replace("\r\n", "\n").Split('\n');
            int heading = Array.FindIndex(lines, line => line.StartsWith("#", StringComparison.Ordinal) && line.Contains("Package pins", StringComparison.OrdinalIgnoreCase));
            if (heading < 0)
            {
                throw new FormatException(source + " has no 'Package pins' section: the gate cannot check references without it.");
            }

            List<PackagePin> pins = new List<PackagePin>();
            int idColumn = -1, versionColumn = -1, assemblyColumn = -1;
            for (int i = heading + 1; i < lines.Length && !lines[i].StartsWith("#", StringComparison.Ordinal); i++)
            {
                string line = lines[i].Trim();
                if (!line.StartsWith("|", StringComparison.Ordinal))
                {
                    if (idColumn >= 0 && line.Length == 0 && pins.Count > 0)
                    {
                        break;
                    }

                    continue;
                }

                string[] cells = line.Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();
                if (idColumn < 0)
                {
                    idColumn = Array.FindIndex(cells, cell => cell.Contains("id", StringComparison.OrdinalIgnoreCase));
                    versionColumn = Array.FindIndex(cells, cell => cell.Equals("version", StringComparison.OrdinalIgnoreCase));
                    assemblyColumn = Array.FindIndex(cells, cell => cell.Equals("assembly", StringComparison.OrdinalIgnoreCase));
                    if (idColumn < 0 || versionColumn < 0 || assemblyColumn < 0)
                    {
                        throw new FormatException(source + ":" + (i + 1) + ": the pins table needs the columns 'NuGet id', 'version' and 'assembly'.");
                    }

                    continue;
                }

                if (cells.All(cell => cell.Trim('-', ':').Length == 0))
                {
                    continue; // the |---|---| line
                }

                pins.Add(new PackagePin(cells[idColumn], cells[versionColumn], cells[assemblyColumn], i + 1, source));
            }

            if (pins.Count == 0)
            {
                throw new FormatException(source + " has a 'Package pins' section without table rows.");
            }

            return new PackagePins(source, pins);
        }

        /// <summary>The pin of a NuGet package, or null when the table does not pin it.</summary>
        public PackagePin ForPackage(string packageId)
        {
            return _byPackage.TryGetValue(packageId, out PackagePin pin) ? pin : null;
        }

        /// <summary>The pin of the package that ships an assembly, or null when none is pinned.</summary>
        public PackagePin ForAssembly(string assemblyName)
        {
            if (ShippedInside.TryGetValue(assemblyName, out string packageId))
            {
                return ForPackage(packageId);
            }

            return Pins.FirstOrDefault(pin => string.Equals(pin.AssemblyName, assemblyName, StringComparison.Ordinal));
        }
    }
}
