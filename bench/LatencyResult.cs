using System;

namespace Keel.Bench
{
    /// <summary>The latency distribution of one tail-latency case, per operation (batch time ÷ batch size), in nanoseconds.</summary>
    public sealed class LatencyResult
    {
        public LatencyResult(string implementation, string heap, long cycles, int batch, double[] sortedPerOpNs,
            int gen0, int gen1, int gen2, TimeSpan gcPause, long churnBytes)
        {
            Implementation = implementation;
            Heap = heap;
            Cycles = cycles;
            Batch = batch;
            P50 = Percentile(sortedPerOpNs, 0.50);
            P99 = Percentile(sortedPerOpNs, 0.99);
            P999 = Percentile(sortedPerOpNs, 0.999);
            P9999 = Percentile(sortedPerOpNs, 0.9999);
            Max = sortedPerOpNs[sortedPerOpNs.Length - 1];
            Gen0 = gen0;
            Gen1 = gen1;
            Gen2 = gen2;
            GcPause = gcPause;
            ChurnBytes = churnBytes;
        }

        public string Implementation { get; }

        public string Heap { get; }

        public long Cycles { get; }

        public int Batch { get; }

        public double P50 { get; }

        public double P99 { get; }

        public double P999 { get; }

        public double P9999 { get; }

        /// <summary>The slowest batch divided by the batch size.</summary>
        public double Max { get; }

        /// <summary>The slowest batch whole: an upper bound for the slowest single operation in it.</summary>
        public double WorstBatchNs
        {
            get { return Max * Batch; }
        }

        public int Gen0 { get; }

        public int Gen1 { get; }

        public int Gen2 { get; }

        /// <summary>Time the runtime had every managed thread suspended for collections during the measurement.</summary>
        public TimeSpan GcPause { get; }

        /// <summary>Bytes the background churner allocated during the measurement (0 on a quiet heap).</summary>
        public long ChurnBytes { get; }

        private static double Percentile(double[] sorted, double fraction)
        {
            int rank = (int)Math.Ceiling(fraction * sorted.Length) - 1;
            return sorted[Math.Max(0, Math.Min(sorted.Length - 1, rank))];
        }
    }
}
