using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Keel.Conformance;
using Keel.Tests.PcOnly;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.Conformance
{
    /// <summary>
    /// The gate over the repository's own device projects: every .nfproj (found anew on each run,
    /// so a new project is covered without touching this file) uses only what nanoFramework has.
    /// </summary>
    [TestClass]
    public class DeviceProjectConformanceTests
    {
        public static IEnumerable<object[]> DeviceProjects()
        {
            return DeviceProject.Discover(RepositoryRoot.Path)
                .Select(path => new object[] { Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/') });
        }

        [TestMethod]
        public void TheRepositoryHasDeviceProjects()
        {
            string[] projects = DeviceProjects().Select(row => (string)row[0]).ToArray();
            CollectionAssert.IsSubsetOf(new[] { "pools/Keel.Pools.nfproj", "tests/Shared/Keel.Tests.nfproj" }, projects);
        }

        [TestMethod]
        [DynamicData(nameof(DeviceProjects))]
        public void DeviceProjectPassesTheNanoFrameworkGate(string project)
        {
            List<Violation> violations = Gate.Repository.Check(Path.Combine(RepositoryRoot.Path, project));
            Assert.AreEqual(0, violations.Count, project + " breaks the nanoFramework gate:\n" + string.Join("\n", violations));
        }
    }
}
