using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>Firmware.sln holds every project and Firmware.Host.slnf every PC project, so nothing builds only on one side.</summary>
    [TestClass]
    public class SolutionFileTests
    {
        private static readonly Regex ProjectLine = new Regex("^Project\\(\"\\{[^}]+\\}\"\\) = \"[^\"]+\", \"([^\"]+\\.(?:nf|cs)proj)\"", RegexOptions.Multiline);

        [TestMethod]
        public void EveryProjectFileIsInTheSolutionAndEveryPcProjectInTheFilter()
        {
            string root = RepositoryRoot.Path;
            string[] onDisk = Directory.EnumerateFiles(root, "*.*proj", SearchOption.AllDirectories)
                .Where(path => path.EndsWith(".nfproj", StringComparison.Ordinal) || path.EndsWith(".csproj", StringComparison.Ordinal))
                .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
                .Where(path => !path.Contains("/bin/") && !path.Contains("/obj/"))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToArray();
            string[] inSolution = ProjectLine.Matches(File.ReadAllText(Path.Combine(root, "Firmware.sln")))
                .Select(match => match.Groups[1].Value.Replace('\\', '/'))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToArray();
            string[] inFilter = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "Firmware.Host.slnf")))
                .RootElement.GetProperty("solution").GetProperty("projects").EnumerateArray()
                .Select(entry => entry.GetString().Replace('\\', '/'))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToArray();

            CollectionAssert.AreEqual(onDisk, inSolution, "Firmware.sln lists: " + string.Join(", ", inSolution));
            CollectionAssert.AreEqual(onDisk.Where(path => path.EndsWith(".csproj", StringComparison.Ordinal)).ToArray(), inFilter,
                "Firmware.Host.slnf lists: " + string.Join(", ", inFilter));
        }
    }
}
