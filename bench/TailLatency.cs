using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace Keel.Bench
{
    /// <summary>
    /// Custom timing, not BenchmarkDotNet: millions of acquire/use/release cycles of a 64-byte
    /// buffer, timed in batches with Stopwatch.GetTimestamp, while a background thread churns the
    /// heap; then the same on a quiet heap for contrast.
    /// </summary>
    /// <remarks>
    /// Reading the clock costs about as much as one cycle, so cycles are timed in batches of
    /// <see cref="Batch"/> and each batch's time divided by the batch size is one sample. A pause
    /// that stops one cycle therefore shows up divided by the batch size in the per-operation
    /// columns; the worst batch is reported whole beside them.
    /// </remarks>
    public static class TailLatency
    {
        public const string PartName = "Keel.Bench.TailLatency";
        public const string ChurnedHeap = "background churn";
        public const string QuietHeap = "quiet heap";
        public const int Batch = 16;
        private static readonly TimeSpan WarmUpTime = TimeSpan.FromMilliseconds(600);

        public static List<LatencyResult> Run(long cycles)
        {
            Console.WriteLine();
            Console.WriteLine("== Tail latency (custom timing, " + cycles.ToString("N0") + " cycles a case, batches of "
                + Batch + ", per-op = batch time / " + Batch + ") ==");
            var results = new List<LatencyResult>();
            foreach (string heap in new[] { ChurnedHeap, QuietHeap })
            {
                foreach (TailCase tailCase in new TailCase[] { new KeelBlockCycle(), new NewArrayCycle() })
                {
                    LatencyResult result = Measure(tailCase, heap, cycles);
                    results.Add(result);
                    Console.WriteLine("  " + (heap + ", " + result.Implementation).PadRight(34)
                        + " p50 " + Format(result.P50) + "  p99 " + Format(result.P99) + "  p99.9 " + Format(result.P999)
                        + "  p99.99 " + Format(result.P9999) + "  max " + Format(result.Max)
                        + "  worst batch " + Format(result.WorstBatchNs)
                        + "  GCs " + result.Gen0 + "/" + result.Gen1 + "/" + result.Gen2);
                }
            }

            return results;
        }

        /// <summary>Nanoseconds, or microseconds and milliseconds when large, always with the unit.</summary>
        public static string Format(double nanoseconds)
        {
            if (nanoseconds >= 1e6)
            {
                return (nanoseconds / 1e6).ToString("F2") + " ms";
            }

            if (nanoseconds >= 1e4)
            {
                return (nanoseconds / 1e3).ToString("F1") + " µs";
            }

            return nanoseconds.ToString("F1") + " ns";
        }

        /// <summary>
        /// Runs batches until the tiered JIT has had time to replace the first quick code with
        /// fully optimized code (it waits for a quiet spell, counts calls, then compiles in the
        /// background); otherwise the first part of the measurement would time unoptimized code.
        /// </summary>
        private static long WarmUp(TailCase tailCase)
        {
            long checksum = 0;
            for (int pass = 0; pass < 2; pass++)
            {
                long began = Stopwatch.GetTimestamp();
                while (Stopwatch.GetElapsedTime(began) < WarmUpTime)
                {
                    checksum += tailCase.RunBatch(Batch, checksum);
                }

                System.Threading.Thread.Sleep(200);
            }

            return checksum;
        }

        private static LatencyResult Measure(TailCase tailCase, string heap, long cycles)
        {
            int batches = (int)(cycles / Batch);
            var ticks = new long[batches];
            long checksum = WarmUp(tailCase);

            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            HeapChurner churner = heap == ChurnedHeap ? new HeapChurner() : null;
            try
            {
                if (churner != null)
                {
                    // Let the churner fill its window, so collections already carry survivors.
                    System.Threading.Thread.Sleep(300);
                }

                long churnBefore = churner == null ? 0 : churner.AllocatedBytes;
                int gen0 = GC.CollectionCount(0);
                int gen1 = GC.CollectionCount(1);
                int gen2 = GC.CollectionCount(2);
                TimeSpan pause = GC.GetTotalPauseDuration();
                for (int b = 0; b < batches; b++)
                {
                    long began = Stopwatch.GetTimestamp();
                    checksum += tailCase.RunBatch(Batch, b);
                    ticks[b] = Stopwatch.GetTimestamp() - began;
                }

                TimeSpan gcPause = GC.GetTotalPauseDuration() - pause;
                int collections0 = GC.CollectionCount(0) - gen0;
                int collections1 = GC.CollectionCount(1) - gen1;
                int collections2 = GC.CollectionCount(2) - gen2;
                long churned = churner == null ? 0 : churner.AllocatedBytes - churnBefore;

                var perOpNs = new double[batches];
                double nsPerTick = 1e9 / Stopwatch.Frequency;
                for (int b = 0; b < batches; b++)
                {
                    perOpNs[b] = ticks[b] * nsPerTick / Batch;
                }

                Array.Sort(perOpNs);
                GC.KeepAlive(checksum);
                return new LatencyResult(tailCase.Implementation, heap, (long)batches * Batch, Batch, perOpNs,
                    collections0, collections1, collections2, gcPause, churned);
            }
            finally
            {
                churner?.Dispose();
            }
        }
    }
}
