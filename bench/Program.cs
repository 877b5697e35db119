using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace Keel.Bench
{
    /// <summary>Runs the whole suite (or the parts a filter selects) and reports the results and the targets.</summary>
    public static class Program
    {
        private const long TailCycles = 10000000;
        private const long FullTwoThreadItems = 10000000;
        private const long QuickTwoThreadItems = 1000000;

        public static int Main(string[] args)
        {
            SuiteOptions options;
            try
            {
                options = SuiteOptions.Parse(args);
            }
            catch (ArgumentException error)
            {
                Console.Error.WriteLine(error.Message);
                return 2;
            }

            if (options.Help)
            {
                Console.WriteLine(SuiteOptions.Usage);
                return 0;
            }

            string command = "dotnet run -c Release --project bench" + (args.Length == 0 ? "" : " -- " + string.Join(" ", args));
            if (options.Device)
            {
                return DeviceRun.Run(options, command);
            }

            Console.WriteLine("Keel benchmarks: " + command);
            Console.WriteLine(options.Quick
                ? "QUICK mode: short in-process BenchmarkDotNet jobs and " + QuickTwoThreadItems.ToString("N0")
                    + " two-thread items a round (the full run: longer jobs, " + FullTwoThreadItems.ToString("N0") + " items)."
                : "Full mode: " + DotNetBenchmarks.JobDescription(false) + ", " + FullTwoThreadItems.ToString("N0")
                    + " two-thread items a round.");
            long began = Stopwatch.GetTimestamp();
            MachineLoad loadAtStart = MachineLoad.Now();

            List<BenchmarkRow> rows = DotNetBenchmarks.Selected(options).Count > 0
                ? DotNetBenchmarks.Run(options)
                : new List<BenchmarkRow>();
            MachineLoad afterOneThread = MachineLoad.Now();
            List<ThroughputResult> throughput = options.Selects(TwoThreadThroughput.PartName)
                ? TwoThreadThroughput.Run(options.Quick ? QuickTwoThreadItems : FullTwoThreadItems, options.Quick ? 3 : 5)
                : new List<ThroughputResult>();
            MachineLoad afterTwoThreads = MachineLoad.Now();
            List<LatencyResult> latencies = options.Selects(TailLatency.PartName)
                ? TailLatency.Run(TailCycles)
                : new List<LatencyResult>();
            MachineLoad atEnd = MachineLoad.Now();

            List<TargetResult> targets = Targets.Evaluate(rows, latencies);
            string load = "whole run " + MachineLoad.Describe(loadAtStart, atEnd)
                + "; one-thread part " + MachineLoad.Describe(loadAtStart, afterOneThread)
                + "; two-thread part " + MachineLoad.Describe(afterOneThread, afterTwoThreads)
                + "; tail-latency part " + MachineLoad.Describe(afterTwoThreads, atEnd);
            string report = MarkdownReport.Render(options, command, Stopwatch.GetElapsedTime(began), load, rows, throughput, latencies, targets);
            Console.WriteLine();
            Console.WriteLine(report);

            string resultsFile = Path.Combine("BenchmarkDotNet.Artifacts", "keel-bench-results.md");
            Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
            File.WriteAllText(resultsFile, report);
            Console.WriteLine("Results written to " + Path.GetFullPath(resultsFile));
            if (options.ReportPath != null)
            {
                MarkdownReport.WriteInto(options.ReportPath, report);
                Console.WriteLine("Results written into " + Path.GetFullPath(options.ReportPath));
            }

            return 0;
        }
    }
}
