using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>
    /// nanoFramework projects list every file explicitly; a file left out of a .nfproj builds on
    /// the PC and silently disappears from the device. These tests keep the two lists equal.
    /// </summary>
    [TestClass]
    public class DeviceProjectFileListTests
    {
        public static IEnumerable<object[]> DeviceProjects()
        {
            return Directory.EnumerateFiles(RepositoryRoot.Path, "*.nfproj", SearchOption.AllDirectories)
                .Where(path => !IsBuildOutput(path))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => new object[] { System.IO.Path.GetRelativePath(RepositoryRoot.Path, path) });
        }

        [TestMethod]
        public void TheRepositoryHasDeviceProjects()
        {
            Assert.IsTrue(DeviceProjects().Count() >= 2, "pools and the shared tests each have a .nfproj");
        }

        [TestMethod]
        [DynamicData(nameof(DeviceProjects))]
        public void EverySourceFileUnderTheProjectFolderIsListedAndEveryListedFileExists(string project)
        {
            string projectPath = System.IO.Path.Combine(RepositoryRoot.Path, project);
            List<string> problems = FileListProblems(projectPath);
            Assert.AreEqual(0, problems.Count, project + ":\n" + string.Join("\n", problems));
        }

        [TestMethod]
        public void AFileMissingFromTheListIsReported()
        {
            string folder = Directory.CreateTempSubdirectory("keel-nfproj").FullName;
            try
            {
                File.WriteAllText(System.IO.Path.Combine(folder, "Listed.cs"), "class Listed {}");
                File.WriteAllText(System.IO.Path.Combine(folder, "Forgotten.cs"), "class Forgotten {}");
                string project = System.IO.Path.Combine(folder, "Demo.nfproj");
                File.WriteAllText(project,
                    "<Project><ItemGroup><Compile Include=\"Listed.cs\" /><Compile Include=\"Gone.cs\" /></ItemGroup></Project>");

                List<string> problems = FileListProblems(project);

                CollectionAssert.AreEquivalent(
                    new[] { "Forgotten.cs is not listed in Demo.nfproj", "Gone.cs is listed in Demo.nfproj but does not exist" },
                    problems);
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        [TestMethod]
        public void AFileLinkedFromOutsideTheFolderIsAcceptedWhenItExists()
        {
            string root = Directory.CreateTempSubdirectory("keel-nfproj").FullName;
            try
            {
                string folder = Directory.CreateDirectory(System.IO.Path.Combine(root, "tests")).FullName;
                File.WriteAllText(System.IO.Path.Combine(root, "Shared.cs"), "class Shared {}");
                File.WriteAllText(System.IO.Path.Combine(folder, "Listed.cs"), "class Listed {}");
                string project = System.IO.Path.Combine(folder, "Demo.nfproj");
                File.WriteAllText(project, "<Project><ItemGroup><Compile Include=\"..\\Shared.cs\" Link=\"Linked\\Shared.cs\" />"
                    + "<Compile Include=\"..\\Moved.cs\" /><Compile Include=\"Listed.cs\" /></ItemGroup></Project>");

                List<string> problems = FileListProblems(project);

                CollectionAssert.AreEquivalent(new[] { "../Moved.cs is listed in Demo.nfproj but does not exist" }, problems);
            }
            finally
            {
                Directory.Delete(root, true);
            }
        }

        /// <summary>
        /// One line per .cs file under the project's folder that is not listed, and per listed file
        /// that does not exist. A listed file outside the folder (a link, such as the simulated
        /// flash the device tests share) only has to exist.
        /// </summary>
        public static List<string> FileListProblems(string projectPath)
        {
            string folder = System.IO.Path.GetDirectoryName(projectPath);
            string name = System.IO.Path.GetFileName(projectPath);
            XDocument document = XDocument.Load(projectPath);
            List<string> listedEverywhere = document.Descendants()
                .Where(element => element.Name.LocalName == "Compile")
                .Select(element => Normalize((string)element.Attribute("Include")))
                .ToList();
            HashSet<string> listed = listedEverywhere.Where(file => !file.StartsWith("../", StringComparison.Ordinal))
                .ToHashSet(StringComparer.Ordinal);
            HashSet<string> onDisk = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(path => !IsBuildOutput(path))
                .Select(path => Normalize(System.IO.Path.GetRelativePath(folder, path)))
                .ToHashSet(StringComparer.Ordinal);
            IEnumerable<string> missing = listed.Except(onDisk).Concat(listedEverywhere
                .Where(file => file.StartsWith("../", StringComparison.Ordinal) && !File.Exists(System.IO.Path.Combine(folder, file))));

            List<string> problems = new List<string>();
            problems.AddRange(onDisk.Except(listed).OrderBy(f => f, StringComparer.Ordinal).Select(f => f + " is not listed in " + name));
            problems.AddRange(missing.OrderBy(f => f, StringComparer.Ordinal).Select(f => f + " is listed in " + name + " but does not exist"));
            return problems;
        }

        private static string Normalize(string path)
        {
            return path.Replace('\\', '/');
        }

        private static bool IsBuildOutput(string path)
        {
            string normalized = Normalize(path);
            return normalized.Contains("/bin/") || normalized.Contains("/obj/");
        }
    }
}
