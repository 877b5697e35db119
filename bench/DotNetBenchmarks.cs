using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Keel.Bench
{
    /// <summary>The BenchmarkDotNet part: every single-thread row in one run and one joined summary, with the memory diagnoser.</summary>
    public static class DotNetBenchmarks
    {
        // Fixed counts, not BenchmarkDotNet's adaptive default: the whole suite then takes minutes,
        // short enough to find a quiet spell on a shared 2-core machine.
        private const int FullWarmups = 5;
        private const int FullIterations = 20;

        public static readonly Type[] Types =
        {
            typeof(BlockAcquireRelease),
            typeof(SlotAcquireRelease),
            typeof(RecordRingWriteRead),
            typeof(ByteRingWriteRead),
        };

        /// <summary>Full names (Namespace.Class.Method) of the benchmarks the options select.</summary>
        public static List<string> Selected(SuiteOptions options)
        {
            return Types
                .SelectMany(type => type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() != null)
                    .Select(m => type.FullName + "." + m.Name))
                .Where(options.Selects)
                .ToList();
        }

        public static string JobDescription(bool quick)
        {
            return quick
                ? "BenchmarkDotNet ShortRun (3 warm-up, 3 measured iterations of 100 ms), in-process"
                : "BenchmarkDotNet, one separate process a benchmark, " + FullWarmups + " warm-up and " + FullIterations
                    + " measured iterations of 500 ms";
        }

        public static List<BenchmarkRow> Run(SuiteOptions options)
        {
            Summary summary = BenchmarkRunner.Run(Types, Config(options)).Single();
            var rows = new List<BenchmarkRow>();

            // In the order of the issue (blocks, slots, records, bytes), each class's rows as declared.
            IEnumerable<BenchmarkReport> ordered = summary.Reports
                .OrderBy(r => Array.IndexOf(Types, r.BenchmarkCase.Descriptor.Type))
                .ThenBy(r => r.BenchmarkCase.Descriptor.WorkloadMethod.MetadataToken);
            foreach (BenchmarkReport report in ordered)
            {
                BenchmarkCase benchmark = report.BenchmarkCase;
                bool measured = report.Success && report.ResultStatistics != null;
                rows.Add(new BenchmarkRow(
                    benchmark.Descriptor.Type.Name,
                    benchmark.Descriptor.WorkloadMethod.Name,
                    benchmark.Descriptor.Categories.FirstOrDefault() ?? "",
                    benchmark.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
                    measured ? report.ResultStatistics.Median : double.NaN,
                    measured ? report.ResultStatistics.Mean : double.NaN,
                    measured ? report.ResultStatistics.ConfidenceInterval.Margin : double.NaN,
                    measured ? report.GcStats.GetBytesAllocatedPerOperation(benchmark) : null));
            }

            return rows;
        }

        private static IConfig Config(SuiteOptions options)
        {
            Job job = options.Quick
                ? Job.ShortRun.WithIterationTime(TimeInterval.FromMilliseconds(100))
                    .WithToolchain(InProcessEmitToolchain.Instance).WithId("Quick")
                : Job.Default.WithLaunchCount(1).WithWarmupCount(FullWarmups).WithIterationCount(FullIterations)
                    .WithIterationTime(TimeInterval.FromMilliseconds(500))

                    // Each call runs 1,024 operations, so the cost of the call itself is a
                    // thousandth of a nanosecond per operation: not worth measuring separately.
                    .WithEvaluateOverhead(false)
                    .WithId("Full");
            ManualConfig config = ManualConfig.Create(DefaultConfig.Instance)
                .AddJob(job)
                .AddDiagnoser(MemoryDiagnoser.Default)
                .AddExporter(MarkdownExporter.GitHub)
                .AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory)
                .WithOptions(ConfigOptions.JoinSummary);
            if (options.Filters.Count > 0)
            {
                config.AddFilter(new GlobFilter(options.Filters.ToArray()));
            }

            return config;
        }
    }
}
