using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Keel.Bench
{
    /// <summary>Writes one run's results as markdown: the machine, the command, every table and the targets.</summary>
    public static class MarkdownReport
    {
        public const string BeginMarker = "<!-- bench results: begin (written by `dotnet run -c Release --project bench -- --report`; do not edit by hand) -->";
        public const string EndMarker = "<!-- bench results: end -->";

        public static string Render(SuiteOptions options, string command, TimeSpan elapsed, string load, List<BenchmarkRow> rows,
            List<ThroughputResult> throughput, List<LatencyResult> latencies, List<TargetResult> targets)
        {
            var text = new StringBuilder();
            text.AppendLine("### Run");
            text.AppendLine();
            text.AppendLine("| | |");
            text.AppendLine("|---|---|");
            text.AppendLine("| command | `" + command + "` |");
            text.AppendLine("| mode | " + (options.Quick ? "**quick** (a smoke run: short in-process BenchmarkDotNet jobs, fewer two-thread items; not for quoting)" : "full") + " |");
            text.AppendLine("| date (UTC) | " + DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " |");
            text.AppendLine("| whole run took | " + elapsed.TotalMinutes.ToString("F1", CultureInfo.InvariantCulture) + " min |");
            text.AppendLine("| CPU used by other processes (share of all cores) | " + load + " |");
            text.AppendLine("| CPU | " + MachineInfo.Cpu + ", " + Environment.ProcessorCount + " logical cores |");
            text.AppendLine("| OS | " + MachineInfo.Os + (MachineInfo.Kernel == MachineInfo.Os ? "" : " (" + MachineInfo.Kernel + ")") + " |");
            text.AppendLine("| runtime | " + MachineInfo.Runtime + ", GC " + MachineInfo.Gc + " |");
            text.AppendLine("| BenchmarkDotNet | " + MachineInfo.BenchmarkDotNetVersion + ", " + DotNetBenchmarks.JobDescription(options.Quick)
                + ", memory diagnoser |");
            if (options.Filters.Count > 0)
            {
                text.AppendLine("| filter | `" + string.Join(" ", options.Filters) + "` (parts not selected are missing below) |");
            }

            text.AppendLine();
            AppendBenchmarks(text, rows);
            AppendThroughput(text, throughput);
            AppendLatency(text, latencies);
            AppendTargets(text, targets);
            return text.ToString();
        }

        /// <summary>Puts the results between the markers of the file, or after what it holds when it has none.</summary>
        public static void WriteInto(string path, string results)
        {
            WriteInto(path, results, BeginMarker, EndMarker);
        }

        /// <summary>Puts the results between the given markers of the file (the device run has its own), or after what it holds.</summary>
        public static void WriteInto(string path, string results, string beginMarker, string endMarker)
        {
            string block = beginMarker + "\n\n" + results + "\n" + endMarker;
            string existing = File.Exists(path) ? File.ReadAllText(path) : null;
            int begin = existing == null ? -1 : existing.IndexOf(beginMarker, StringComparison.Ordinal);
            int end = existing == null ? -1 : existing.IndexOf(endMarker, StringComparison.Ordinal);
            if (begin < 0 || end < begin)
            {
                // A file without the markers keeps what it has: the results go after it.
                File.WriteAllText(path, (existing == null ? "" : existing.TrimEnd() + "\n\n") + block + "\n");
                return;
            }

            File.WriteAllText(path, existing.Substring(0, begin) + block + existing.Substring(end + endMarker.Length));
        }

        private static void AppendBenchmarks(StringBuilder text, List<BenchmarkRow> rows)
        {
            if (!Heading(text, "One thread: operation cost (BenchmarkDotNet)", rows.Count))
            {
                return;
            }

            text.AppendLine("Ratios (last column and targets) are of medians.");
            text.AppendLine();
            text.AppendLine("| operation | implementation | median (ns/op) | mean (ns/op) | ± 99.9% CI | allocated (B/op) | time ÷ Keel's |");
            text.AppendLine("|---|---|---:|---:|---:|---:|---:|");
            foreach (BenchmarkRow row in rows)
            {
                BenchmarkRow keel = rows.FirstOrDefault(r => r.Type == row.Type && r.Method.StartsWith("Keel", StringComparison.Ordinal));
                string ratio = keel == null || double.IsNaN(row.MedianNs) || double.IsNaN(keel.MedianNs)
                    ? "—" : (row.MedianNs / keel.MedianNs).ToString("F2", CultureInfo.InvariantCulture);
                text.AppendLine("| " + row.Category + " | " + Escape(row.Description) + " | " + Number(row.MedianNs, "F2") + " | "
                    + Number(row.MeanNs, "F2") + " | "
                    + Number(row.ErrorNs, "F2") + " | " + (row.AllocatedBytesPerOp == null ? "—" : row.AllocatedBytesPerOp.Value.ToString(CultureInfo.InvariantCulture))
                    + " | " + ratio + " |");
            }

            text.AppendLine();
        }

        private static void AppendThroughput(StringBuilder text, List<ThroughputResult> throughput)
        {
            if (!Heading(text, "Two threads: producer to consumer (custom timing, not BenchmarkDotNet)", throughput.Count))
            {
                return;
            }

            ThroughputResult any = throughput[0];
            text.AppendLine(any.Items.ToString("N0", CultureInfo.InvariantCulture) + " items a round, one at a time; median of "
                + any.Rounds + " rounds.");
            text.AppendLine();
            text.AppendLine("| payload | implementation | items per second | ns per item | Keel's throughput ÷ this |");
            text.AppendLine("|---|---|---:|---:|---:|");
            foreach (ThroughputResult result in throughput)
            {
                ThroughputResult keel = throughput.FirstOrDefault(t => t.Payload == result.Payload && t.Implementation.StartsWith("Keel", StringComparison.Ordinal));
                text.AppendLine("| " + result.Payload + " | " + Escape(result.Implementation) + " | "
                    + (result.ItemsPerSecond / 1e6).ToString("F1", CultureInfo.InvariantCulture) + " M | "
                    + Number(result.NanosecondsPerItem, "F1") + " | "
                    + (keel == null ? "—" : (keel.ItemsPerSecond / result.ItemsPerSecond).ToString("F2", CultureInfo.InvariantCulture)) + " |");
            }

            text.AppendLine();
        }

        private static void AppendLatency(StringBuilder text, List<LatencyResult> latencies)
        {
            if (!Heading(text, "Tail latency: acquire, use, release a 64-byte buffer (custom timing, not BenchmarkDotNet)", latencies.Count))
            {
                return;
            }

            LatencyResult any = latencies[0];
            text.AppendLine(any.Cycles.ToString("N0", CultureInfo.InvariantCulture) + " cycles a row, timed in batches of " + any.Batch
                + " with Stopwatch.GetTimestamp; the percentiles and max are per operation (batch time ÷ " + any.Batch
                + "), the worst batch is whole.");
            text.AppendLine();
            text.AppendLine("| heap | implementation | p50 | p99 | p99.9 | p99.99 | max | worst batch | GCs gen0/1/2 | GC pause total | churner allocated |");
            text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (LatencyResult result in latencies)
            {
                text.AppendLine("| " + result.Heap + " | " + Escape(result.Implementation) + " | " + TailLatency.Format(result.P50) + " | "
                    + TailLatency.Format(result.P99) + " | " + TailLatency.Format(result.P999) + " | " + TailLatency.Format(result.P9999)
                    + " | " + TailLatency.Format(result.Max) + " | " + TailLatency.Format(result.WorstBatchNs) + " | "
                    + result.Gen0 + "/" + result.Gen1 + "/" + result.Gen2 + " | "
                    + result.GcPause.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture) + " ms | "
                    + (result.ChurnBytes / 1e6).ToString("F0", CultureInfo.InvariantCulture) + " MB |");
            }

            text.AppendLine();
        }

        private static void AppendTargets(StringBuilder text, List<TargetResult> targets)
        {
            text.AppendLine("### Targets");
            text.AppendLine();
            text.AppendLine("| target | required | measured | result |");
            text.AppendLine("|---|---|---|---|");
            foreach (TargetResult target in targets)
            {
                text.AppendLine("| " + Escape(target.Target) + " | " + target.Required + " | " + target.Measured + " | " + target.Verdict + " |");
            }
        }

        /// <summary>Writes a section's heading; when the filter left it nothing to show, says so and returns false.</summary>
        private static bool Heading(StringBuilder text, string title, int results)
        {
            text.AppendLine("### " + title);
            text.AppendLine();
            if (results > 0)
            {
                return true;
            }

            text.AppendLine("Not run (filtered out).");
            text.AppendLine();
            return false;
        }

        private static string Number(double value, string format)
        {
            return double.IsNaN(value) ? "failed" : value.ToString(format, CultureInfo.InvariantCulture);
        }

        private static string Escape(string cell)
        {
            return cell.Replace("|", "\\|").Replace("<", "&lt;").Replace(">", "&gt;");
        }
    }
}
