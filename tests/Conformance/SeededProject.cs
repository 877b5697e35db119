using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Keel.Conformance;

namespace Keel.Tests.Conformance
{
    /// <summary>
    /// A small device project written to a temporary folder (Seeded.nfproj, packages.config and
    /// source files) for the gate to check; references are pinned right unless a test says otherwise.
    /// </summary>
    public sealed class SeededProject : IDisposable
    {
        public const string ProjectFile = "Seeded.nfproj";

        /// <summary>mscorlib, System.Device.Gpio and the nanoFramework.Runtime.Events it depends on, as NANOFRAMEWORK.md pins them.</summary>
        public static readonly string[] DefaultReferences =
        {
            Reference("mscorlib", "1.17.11.0", @"..\packages\nanoFramework.CoreLibrary.1.17.11\lib\mscorlib.dll"),
            Reference("System.Device.Gpio", "1.1.62.0", @"..\packages\nanoFramework.System.Device.Gpio.1.1.62\lib\System.Device.Gpio.dll"),
            Reference("nanoFramework.Runtime.Events", "1.11.37.0", @"..\packages\nanoFramework.Runtime.Events.1.11.37\lib\nanoFramework.Runtime.Events.dll"),
        };

        public static readonly string[] DefaultPackages =
        {
            Package("nanoFramework.CoreLibrary", "1.17.11"),
            Package("nanoFramework.System.Device.Gpio", "1.1.62"),
            Package("nanoFramework.Runtime.Events", "1.11.37"),
        };

        private SeededProject(string folder)
        {
            Folder = folder;
        }

        public string Folder { get; }

        public string ProjectPath
        {
            get { return Path.Combine(Folder, ProjectFile); }
        }

        /// <summary>Writes a project whose Compile list is the given files (name, text), with the given references and packages.</summary>
        public static SeededProject Create(IDictionary<string, string> sources, IEnumerable<string> references = null, IEnumerable<string> packages = null, string projectReferences = "")
        {
            SeededProject project = new SeededProject(Directory.CreateTempSubdirectory("keel-gate").FullName);
            project.Write(ProjectFile, sources.Keys, references ?? DefaultReferences, packages ?? DefaultPackages, projectReferences);
            foreach (KeyValuePair<string, string> source in sources)
            {
                string path = Path.Combine(project.Folder, source.Key);
                Directory.CreateDirectory(Path.GetDirectoryName(path));
                File.WriteAllText(path, source.Value);
            }

            return project;
        }

        /// <summary>A project with one source file, Seeded.cs.</summary>
        public static SeededProject WithSource(string source, IEnumerable<string> references = null, IEnumerable<string> packages = null)
        {
            return Create(new Dictionary<string, string> { { "Seeded.cs", source } }, references, packages);
        }

        public static string Reference(string assembly, string version, string hintPath)
        {
            return "<Reference Include=\"" + assembly + ", Version=" + version + ", Culture=neutral, PublicKeyToken=c07d481e9758c731\">"
                + "<HintPath>" + hintPath + "</HintPath><Private>True</Private></Reference>";
        }

        public static string Package(string id, string version)
        {
            return "<package id=\"" + id + "\" version=\"" + version + "\" targetFramework=\"netnano1.0\" />";
        }

        /// <summary>A copy of <paramref name="items"/> (say <see cref="DefaultReferences"/>) with one item replaced.</summary>
        public static string[] With(string[] items, int index, string replacement)
        {
            string[] copy = (string[])items.Clone();
            copy[index] = replacement;
            return copy;
        }

        /// <summary>Writes another project file into the same folder (for project references), or rewrites one; a test project says IsTestProject true.</summary>
        public void Write(string projectFile, IEnumerable<string> compile, IEnumerable<string> references, IEnumerable<string> packages, string projectReferences, bool testProject = false)
        {
            List<string> lines = new List<string>
            {
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
                "<Project ToolsVersion=\"Current\" DefaultTargets=\"Build\" xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">",
                "  <PropertyGroup>",
                "    <OutputType>Library</OutputType>",
                "    <AssemblyName>" + Path.GetFileNameWithoutExtension(projectFile) + "</AssemblyName>",
                testProject ? "    <IsTestProject>true</IsTestProject>" : string.Empty,
                "  </PropertyGroup>",
                "  <ItemGroup>",
            };
            lines.AddRange(compile.Select(file => "    <Compile Include=\"" + file + "\" />"));
            lines.Add("  </ItemGroup>");
            lines.Add("  <ItemGroup>");
            lines.AddRange(references.Select(reference => "    " + reference));
            lines.Add("  </ItemGroup>");
            lines.Add("  <ItemGroup>" + projectReferences + "</ItemGroup>");
            lines.Add("</Project>");
            string folder = Path.GetDirectoryName(Path.Combine(Folder, projectFile));
            Directory.CreateDirectory(folder);
            File.WriteAllLines(Path.Combine(Folder, projectFile), lines);

            List<string> config = new List<string> { "<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<packages>" };
            config.AddRange(packages.Select(package => "  " + package));
            config.Add("</packages>");
            File.WriteAllLines(Path.Combine(folder, "packages.config"), config);
        }

        /// <summary>The gate's verdict on the project, paths relative to its folder.</summary>
        public List<Violation> Check()
        {
            return Gate.For(Folder).Check(ProjectPath);
        }

        /// <summary>The verdict of a gate that reads other pins than NANOFRAMEWORK.md's.</summary>
        public List<Violation> Check(PackagePins pins)
        {
            return new ConformanceGate(Folder, pins, Gate.Assemblies).Check(ProjectPath);
        }

        /// <summary>The 1-based line of the first line of a written file that contains <paramref name="text"/>.</summary>
        public int LineOf(string file, string text)
        {
            string[] lines = File.ReadAllLines(Path.Combine(Folder, file));
            int index = Array.FindIndex(lines, line => line.Contains(text, StringComparison.Ordinal));
            if (index < 0)
            {
                throw new ArgumentException(file + " has no line containing " + text);
            }

            return index + 1;
        }

        public void Dispose()
        {
            Directory.Delete(Folder, true);
        }
    }
}
