namespace Keel.Bench
{
    /// <summary>One BenchmarkDotNet result, reduced to what the report and the targets need.</summary>
    public sealed class BenchmarkRow
    {
        public BenchmarkRow(string type, string method, string category, string description, double medianNs, double meanNs, double errorNs,
            long? allocatedBytesPerOp)
        {
            Type = type;
            Method = method;
            Category = category;
            Description = description;
            MedianNs = medianNs;
            MeanNs = meanNs;
            ErrorNs = errorNs;
            AllocatedBytesPerOp = allocatedBytesPerOp;
        }

        public string Type { get; }

        public string Method { get; }

        public string Category { get; }

        public string Description { get; }

        /// <summary>
        /// Median time per operation; NaN when the benchmark failed. Ratios and targets use it:
        /// another process taking the core slows some iterations, which moves the mean, not the median.
        /// </summary>
        public double MedianNs { get; }

        /// <summary>Mean time per operation; NaN when the benchmark failed.</summary>
        public double MeanNs { get; }

        /// <summary>Half the 99.9% confidence interval of the mean.</summary>
        public double ErrorNs { get; }

        /// <summary>Bytes allocated per operation by the memory diagnoser; null when it did not report.</summary>
        public long? AllocatedBytesPerOp { get; }
    }
}
