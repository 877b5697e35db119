using System;
using System.Diagnostics;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.Interpreter
{
    /// <summary>The real nanoFramework interpreter kit beside the repository (../shared/nanoclr): where it is, and a plain word when it is not.</summary>
    public static class NanoClrKit
    {
        /// <summary>Wall-clock limit of one interpreter run, in seconds (the kit's own timeout).</summary>
        public const int TimeoutSeconds = 900;

        /// <summary>The repository's root folder (the one holding Firmware.sln).</summary>
        public static string RepositoryRoot
        {
            get
            {
                string directory = AppContext.BaseDirectory;
                while (directory != null)
                {
                    if (File.Exists(Path.Combine(directory, "Firmware.sln")))
                    {
                        return directory;
                    }

                    directory = Path.GetDirectoryName(directory.TrimEnd(Path.DirectorySeparatorChar));
                }

                throw new InvalidOperationException("No Firmware.sln above " + AppContext.BaseDirectory + ": run the tests from the repository.");
            }
        }

        /// <summary>The kit's test runner, ../shared/nanoclr/nftest beside the repository.</summary>
        public static string TestRunner => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "nanoclr", "nftest"));

        /// <summary>
        /// Stops the calling test when the kit is missing: inconclusive on a developer's machine,
        /// failed under CI=true, where ../shared is always present.
        /// </summary>
        public static void Require()
        {
            if (File.Exists(TestRunner))
            {
                return;
            }

            string message = "The nanoFramework interpreter kit is missing: no " + TestRunner
                + ". It sits in ../shared beside the repository (as in CI); without it the device runs cannot be checked here.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(message);
            }

            Assert.Inconclusive(message);
        }

        /// <summary>Builds a device test project as nanoFramework does (one assembly per project) and runs it on nanoCLR; returns every line it printed.</summary>
        public static InterpreterRun Run(string project)
        {
            Require();
            string output = Path.Combine(AppContext.BaseDirectory, "nanoclr", Path.GetFileNameWithoutExtension(project));
            ProcessStartInfo start = new ProcessStartInfo("bash")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = RepositoryRoot,
            };
            foreach (string argument in new[]
            {
                TestRunner, "-v", "-t", TimeoutSeconds.ToString(), "-r", "nanoFramework.System.Text", "-P", project, output,
            })
            {
                start.ArgumentList.Add(argument);
            }

            // The kit compiles with the SDK's own csc; MSBuild's variables from the test host must not steer it.
            start.Environment.Remove("MSBuildExtensionsPath");
            start.Environment.Remove("MSBuildSDKsPath");
            start.Environment.Remove("MSBUILD_EXE_PATH");
            using (Process process = Process.Start(start))
            {
                System.Threading.Tasks.Task<string> errors = process.StandardError.ReadToEndAsync();
                string text = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                return InterpreterRun.Parse(project, process.ExitCode, text + errors.Result);
            }
        }
    }
}
