using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace Keel.Conformance
{
    /// <summary>
    /// What the gate reads of a device project: its <c>.nfproj</c> (compile list, assembly
    /// references, project references, output type) and the <c>packages.config</c> beside it.
    /// </summary>
    public sealed class DeviceProject
    {
        private DeviceProject()
        {
        }

        public string FullPath { get; private set; }

        public string Folder
        {
            get { return Path.GetDirectoryName(FullPath); }
        }

        public string FileName
        {
            get { return Path.GetFileName(FullPath); }
        }

        public string AssemblyName { get; private set; }

        /// <summary>True when OutputType is Exe (a program with a Main), false for a library.</summary>
        public bool IsExecutable { get; private set; }

        /// <summary>True when IsTestProject is true (a nanoFramework unit test project, never deployed as firmware).</summary>
        public bool IsTestProject { get; private set; }

        /// <summary>Literal symbols from DefineConstants (MSBuild properties dropped).</summary>
        public IReadOnlyList<string> DefineConstants { get; private set; }

        public IReadOnlyList<ProjectItem> Sources { get; private set; }

        public IReadOnlyList<DeviceReference> References { get; private set; }

        public IReadOnlyList<ProjectItem> ProjectReferences { get; private set; }

        /// <summary>The packages.config beside the project, or null when there is none.</summary>
        public string PackagesConfigPath { get; private set; }

        public IReadOnlyList<PackageEntry> Packages { get; private set; }

        /// <summary>Every <c>*.nfproj</c> under a folder, build output (bin, obj) excluded, in a stable order.</summary>
        public static List<string> Discover(string root)
        {
            return Directory.EnumerateFiles(root, "*.nfproj", SearchOption.AllDirectories)
                .Where(path => !IsBuildOutput(Path.GetRelativePath(root, path)))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToList();
        }

        public static DeviceProject Load(string path)
        {
            string fullPath = Path.GetFullPath(path);
            string folder = Path.GetDirectoryName(fullPath);
            XDocument document = XDocument.Load(fullPath, LoadOptions.SetLineInfo);
            DeviceProject project = new DeviceProject { FullPath = fullPath };
            project.AssemblyName = Property(document, "AssemblyName") ?? Path.GetFileNameWithoutExtension(fullPath);
            string outputType = Property(document, "OutputType") ?? "Library";
            project.IsExecutable = outputType.Equals("Exe", StringComparison.OrdinalIgnoreCase) || outputType.Equals("WinExe", StringComparison.OrdinalIgnoreCase);
            project.IsTestProject = string.Equals(Property(document, "IsTestProject"), "true", StringComparison.OrdinalIgnoreCase);
            project.DefineConstants = (Property(document, "DefineConstants") ?? string.Empty)
                .Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(symbol => symbol.Trim())
                .Where(symbol => symbol.Length > 0 && !symbol.Contains("$("))
                .ToList();
            project.Sources = Items(document, "Compile", folder);
            project.ProjectReferences = Items(document, "ProjectReference", folder);
            project.References = Elements(document, "Reference").Select(ReadReference).ToList();

            string packagesConfig = Path.Combine(folder, "packages.config");
            project.PackagesConfigPath = File.Exists(packagesConfig) ? packagesConfig : null;
            project.Packages = project.PackagesConfigPath == null ? new List<PackageEntry>() : ReadPackages(packagesConfig);
            return project;
        }

        private static bool IsBuildOutput(string relativePath)
        {
            string[] segments = relativePath.Replace('\\', '/').Split('/');
            return segments.Any(segment => segment == "bin" || segment == "obj");
        }

        private static IEnumerable<XElement> Elements(XDocument document, string name)
        {
            return document.Descendants().Where(element => element.Name.LocalName == name);
        }

        private static string Property(XDocument document, string name)
        {
            XElement element = Elements(document, name).LastOrDefault();
            return element == null ? null : element.Value.Trim();
        }

        private static List<ProjectItem> Items(XDocument document, string name, string folder)
        {
            List<ProjectItem> items = new List<ProjectItem>();
            foreach (XElement element in Elements(document, name))
            {
                string include = (string)element.Attribute("Include");
                if (include != null)
                {
                    string full = Path.GetFullPath(Path.Combine(folder, include.Replace('\\', Path.DirectorySeparatorChar)));
                    items.Add(new ProjectItem(include, full, LineOf(element)));
                }
            }

            return items;
        }

        private static DeviceReference ReadReference(XElement element)
        {
            string[] parts = ((string)element.Attribute("Include") ?? string.Empty).Split(',');
            XElement hint = element.Elements().FirstOrDefault(child => child.Name.LocalName == "HintPath");
            return new DeviceReference(parts[0].Trim(), NamePart(parts, "Version"), NamePart(parts, "PublicKeyToken"), hint == null ? null : hint.Value.Trim(), LineOf(element));
        }

        /// <summary>The value of one <c>Key=value</c> part of an assembly name, or null.</summary>
        private static string NamePart(string[] parts, string key)
        {
            return parts.Skip(1)
                .Select(part => part.Trim())
                .Where(part => part.StartsWith(key + "=", StringComparison.OrdinalIgnoreCase))
                .Select(part => part.Substring(key.Length + 1).Trim())
                .FirstOrDefault();
        }

        private static List<PackageEntry> ReadPackages(string path)
        {
            XDocument document = XDocument.Load(path, LoadOptions.SetLineInfo);
            return Elements(document, "package")
                .Select(element => new PackageEntry(
                    (string)element.Attribute("id") ?? string.Empty,
                    (string)element.Attribute("version") ?? string.Empty,
                    (string)element.Attribute("targetFramework"),
                    LineOf(element)))
                .ToList();
        }

        private static int LineOf(XElement element)
        {
            IXmlLineInfo info = element;
            return info.HasLineInfo() ? info.LineNumber : 1;
        }
    }
}
