using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Keel.Bench
{
    /// <summary>The suite's --device mode: builds bench/Device with pools/ into one program and runs it on nanoCLR through the kit's nfrun.</summary>
    public static class DeviceRun
    {
        public const string BeginMarker = "<!-- device results: begin (written by `dotnet run -c Release --project bench -- --device --report`; do not edit by hand) -->";
        public const string EndMarker = "<!-- device results: end -->";

        public static int Run(SuiteOptions options, string command)
        {
            string root = RepositoryRoot();
            if (root == null)
            {
                Console.Error.WriteLine("--device: run it from inside the repository (no bench/Keel.Bench.csproj above " + Environment.CurrentDirectory + ").");
                return 2;
            }

            string kit = Environment.GetEnvironmentVariable("KEEL_NANOCLR") ?? Path.Combine(root, "..", "shared", "nanoclr");
            string nfrun = Path.Combine(kit, "nfrun");
            if (!File.Exists(nfrun))
            {
                Console.Error.WriteLine("--device needs the nanoclr kit: no " + Path.GetFullPath(nfrun)
                    + ". Put the kit beside the repository (../shared/nanoclr) or name its directory in KEEL_NANOCLR.");
                return 2;
            }

            string[] sources = Directory.GetFiles(Path.Combine(root, "bench", "Device"), "*.cs")
                .Concat(new[] { Path.Combine(root, "bench", "FreeStack.cs") })
                .Concat(Directory.GetFiles(Path.Combine(root, "pools"), "*.cs"))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToArray();
            // Beside BenchmarkDotNet's artifacts of this checkout, so that two checkouts benchmarking at once do not build over each other.
            string output = Path.Combine(root, "BenchmarkDotNet.Artifacts", "device");
            Console.WriteLine("Keel device benchmark: " + command);
            Console.WriteLine("nanoCLR through " + Path.GetFullPath(nfrun) + ", " + sources.Length + " source files, output in " + output);

            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(nfrun);
            start.ArgumentList.Add(output);
            foreach (string source in sources)
            {
                start.ArgumentList.Add(source);
            }

            MachineLoad before = MachineLoad.Now();
            long began = Stopwatch.GetTimestamp();
            string printed;
            string errors;
            int exitCode;
            using (Process process = Process.Start(start))
            {
                var stderr = process.StandardError.ReadToEndAsync();
                printed = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                errors = stderr.Result;
                exitCode = process.ExitCode;
            }

            MachineLoad after = MachineLoad.Now();
            if (exitCode != 0)
            {
                Console.Error.WriteLine(printed + errors);
                Console.Error.WriteLine("nfrun exited with " + exitCode + " (2: build failed, 3: crash or timeout); see " + output + ".");
                return 1;
            }

            var report = new StringBuilder();
            report.AppendLine("| | |");
            report.AppendLine("|---|---|");
            report.AppendLine("| command | `" + command + "` |");
            report.AppendLine("| date (UTC) | " + DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " |");
            report.AppendLine("| run took | " + Stopwatch.GetElapsedTime(began).TotalSeconds.ToString("F0", CultureInfo.InvariantCulture)
                + " s (the kit's build of the program included) |");
            report.AppendLine("| CPU used by other processes (share of all cores) | " + MachineLoad.Describe(before, after) + " |");
            report.AppendLine("| interpreter | nanoCLR (nf-interpreter, posix build) from the kit's README, on " + MachineInfo.Cpu + ", "
                + Environment.ProcessorCount + " logical cores |");
            report.AppendLine();
            report.Append(printed.Replace("\r\n", "\n").TrimEnd());
            report.AppendLine();
            Console.WriteLine();
            Console.WriteLine(report.ToString());
            if (options.ReportPath != null)
            {
                MarkdownReport.WriteInto(options.ReportPath, report.ToString(), BeginMarker, EndMarker);
                Console.WriteLine("Results written into " + Path.GetFullPath(options.ReportPath));
            }

            return 0;
        }

        /// <summary>The nearest directory at or above the current one that holds bench/Keel.Bench.csproj.</summary>
        private static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "bench", "Keel.Bench.csproj")))
                {
                    return directory.FullName;
                }
            }

            return null;
        }
    }
}
