using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>The console transcripts in README.md are what the console prints, not text typed by hand.</summary>
    [TestClass]
    public class ReadmeConsoleExampleTests
    {
        /// <summary>The lines the README shows, in the order typed (stats reset changes what later lines print).</summary>
        private static readonly string[] Lines =
        {
            "help", "mem", "pools", "pool messages", "pool buffers/flash", "check", "uptime", "version",
            "mem --kv", "pool buffers/flash --kv", "frobnicate", "pool nope", "stats reset", "unlock", "stats reset", "lock",
        };

        /// <summary>The commit the README's version line shows.</summary>
        public const string ReadmeCommit = "1a2b3c4d5e6f";

        [TestMethod]
        public void EveryTranscriptInTheReadmeIsWhatTheConsolePrints()
        {
            string readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).Replace("\r\n", "\n");
            ReadmeConsoleExample example = new ReadmeConsoleExample();
            foreach (string line in Lines)
            {
                // The commit is the build's own; the README shows a made-up one.
                string transcript = example.Transcript(line).Replace("(commit " + Keel.Console.KeelVersion.Commit + ")", "(commit " + ReadmeCommit + ")")
                    .Replace("keel.commit=" + Keel.Console.KeelVersion.Commit, "keel.commit=" + ReadmeCommit);
                // Not Assert.Contains: its failure message would print the whole README.
                Assert.IsTrue(readme.Contains(transcript, System.StringComparison.Ordinal),
                    "README.md should show, for '" + line + "':\n" + transcript);
            }
        }
    }
}
