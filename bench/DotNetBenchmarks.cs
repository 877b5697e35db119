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
                : "BenchmarkDotNet default job (adaptive warm-up and iteration counts), separate process";
        }

        public static List<BenchmarkRow> Run(SuiteOptions options)
        {
            Summary summary = BenchmarkRunner.Run(Types, Config(options)).Single();
            var rows = new List<BenchmarkRow>();
            foreach (BenchmarkReport report in summary.Reports)
            {
                BenchmarkCase benchmark = report.BenchmarkCase;
                bool measured = report.Success && report.ResultStatistics != null;
                rows.Add(new BenchmarkRow(
                    benchmark.Descriptor.Type.Name,
                    benchmark.Descriptor.WorkloadMethod.Name,
                    benchmark.Descriptor.Categories.FirstOrDefault() ?? "",
                    benchmark.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
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
                : Job.Default.WithId("Full");
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
