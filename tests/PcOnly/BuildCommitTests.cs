using System.Diagnostics;
using Keel.Console;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>The version command's commit is the one the build was made from (console/KeelCommit.targets asks git at build time).</summary>
    [TestClass]
    public class BuildCommitTests
    {
        [TestMethod]
        public void TheCommitIsWhatGitSaysForThisTree()
        {
            string head = Git("rev-parse --short=12 HEAD");
            if (head == null)
            {
                Assert.AreEqual("unknown", KeelVersion.Commit, "built without git, the commit is unknown");
                return;
            }

            // The assembly under test was built from this worktree's HEAD (a commit made since needs a rebuild).
            Assert.AreEqual(head, KeelVersion.Commit);
        }

        private static string Git(string arguments)
        {
            try
            {
                ProcessStartInfo start = new ProcessStartInfo("git", arguments)
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    WorkingDirectory = RepositoryRoot.Path,
                };
                using Process git = Process.Start(start);
                string output = git.StandardOutput.ReadToEnd().Trim();
                git.WaitForExit();
                return git.ExitCode == 0 && output.Length > 0 ? output : null;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return null;
            }
        }
    }
}
