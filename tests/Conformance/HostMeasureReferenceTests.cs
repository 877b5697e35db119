using System.Collections.Generic;
using System.IO;
using Keel.Conformance;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.Conformance
{
    /// <summary>
    /// nanoFramework.HostMeasure, the kit's host-only allocation counter (no package, never deployed):
    /// a test project may reference it from the kit, unpinned, and is compiled against the kit's dll;
    /// any other project referencing it fails.
    /// </summary>
    [TestClass]
    public class HostMeasureReferenceTests
    {
        private const string Measurement =
            "using nanoFramework.HostMeasure;\nusing nanoFramework.TestFramework;\nnamespace Seeded\n{\n"
            + "[TestClass] public class SteadyState { [TestMethod] public void AllocatesNothing() { int before = HeapStats.AllocatedObjects(); Assert.AreEqual(0, HeapStats.AllocatedObjects() - before); } }\n}\n";

        private static readonly string[] TestPackages =
        {
            SeededProject.Package("nanoFramework.CoreLibrary", "1.17.11"),
            SeededProject.Package("nanoFramework.TestFramework", "3.0.77"),
        };

        [TestMethod]
        public void ATestProjectMayReferenceTheKitsCounterWithoutAPin()
        {
            using (SeededProject project = SeededProject.WithSource(Measurement))
            {
                project.Write(SeededProject.ProjectFile, new[] { "Seeded.cs" }, References(project, KitHintPath(project)), TestPackages, string.Empty, testProject: true);
                List<Violation> violations = project.Check();
                Assert.AreEqual(0, violations.Count, string.Join("\n", violations));
            }
        }

        [TestMethod]
        public void TheCounterIsCompiledAgainstTheKitsAssembly()
        {
            using (SeededProject project = SeededProject.WithSource(Measurement.Replace("HeapStats.AllocatedObjects() - before", "HeapStats.AllocatedThings() - before")))
            {
                project.Write(SeededProject.ProjectFile, new[] { "Seeded.cs" }, References(project, KitHintPath(project)), TestPackages, string.Empty, testProject: true);
                SeededViolationTests.AssertReported(project.Check(), "Seeded.cs", 5, "nanoFramework API: CS0117 'HeapStats' does not contain a definition for 'AllocatedThings'");
            }
        }

        [TestMethod]
        public void AProjectThatIsNotATestMayNotReferenceTheCounter()
        {
            using (SeededProject project = SeededProject.WithSource(Measurement))
            {
                project.Write(SeededProject.ProjectFile, new[] { "Seeded.cs" }, References(project, KitHintPath(project)), TestPackages, string.Empty, testProject: false);
                int line = project.LineOf(SeededProject.ProjectFile, NanoAssemblies.HostMeasure);
                SeededViolationTests.AssertReported(project.Check(), SeededProject.ProjectFile, line,
                    "pins: references nanoFramework.HostMeasure, the nanoclr kit's host-only allocation counter (no package, never deployed); only a test project (<IsTestProject>true</IsTestProject>) may reference it");
            }
        }

        [TestMethod]
        public void TheCounterComesFromTheKitNotAPackageFolder()
        {
            using (SeededProject project = SeededProject.WithSource(Measurement))
            {
                string packageFolder = @"..\packages\nanoFramework.HostMeasure.1.0.0\lib\nanoFramework.HostMeasure.dll";
                project.Write(SeededProject.ProjectFile, new[] { "Seeded.cs" }, References(project, packageFolder), TestPackages, string.Empty, testProject: true);
                int line = project.LineOf(SeededProject.ProjectFile, NanoAssemblies.HostMeasure);
                SeededViolationTests.AssertReported(project.Check(), SeededProject.ProjectFile, line,
                    "pins: the HintPath of 'nanoFramework.HostMeasure' must name the kit's own copy, " + KitHintPath(project));
            }
        }

        /// <summary>The kit's dll as a HintPath from the project's folder, written the Windows way as a .nfproj would.</summary>
        private static string KitHintPath(SeededProject project)
        {
            return Path.GetRelativePath(project.Folder, Path.Combine(Gate.Assemblies.KitFolder, "nanoFramework.HostMeasure.dll")).Replace('/', '\\');
        }

        /// <summary>A test project's references, as the kit's README plans them: the counter unversioned, with a HintPath into the kit.</summary>
        private static string[] References(SeededProject project, string hostMeasureHintPath)
        {
            return new[]
            {
                SeededProject.DefaultReferences[0],
                SeededProject.Reference("nanoFramework.TestFramework", "3.0.77.0", @"..\packages\nanoFramework.TestFramework.3.0.77\lib\nanoFramework.TestFramework.dll"),
                SeededProject.Reference("nanoFramework.UnitTestLauncher", "0.0.0.0", @"..\packages\nanoFramework.TestFramework.3.0.77\lib\nanoFramework.UnitTestLauncher.exe"),
                "<Reference Include=\"" + NanoAssemblies.HostMeasure + "\"><HintPath>" + hostMeasureHintPath + "</HintPath></Reference>",
            };
        }
    }
}
