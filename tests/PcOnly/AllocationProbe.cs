using System;

namespace Keel.Tests.PcOnly
{
    /// <summary>Counts the managed bytes this thread allocates while a steady-state step runs many times.</summary>
    public static class AllocationProbe
    {
        public const int Iterations = 1000000;
        private const int WarmUpIterations = 20000;

        /// <summary>Runs step(i) to warm up (JIT, first-call paths), then counts bytes over <see cref="Iterations"/> calls.</summary>
        public static long BytesAllocatedBy(Action<int> step)
        {
            return BytesAllocatedBy(step, Iterations);
        }

        /// <summary>The same over a chosen number of calls (and a tenth of them to warm up), for steps too heavy to run a million times.</summary>
        public static long BytesAllocatedBy(Action<int> step, int iterations)
        {
            return BytesAllocatedBy(step, Math.Min(WarmUpIterations, Math.Max(100, iterations / 10)), iterations);
        }

        /// <summary>The same with both counts chosen, for a step that can run only so many times (each quarantines a block).</summary>
        public static long BytesAllocatedBy(Action<int> step, int warmUpIterations, int iterations)
        {
            for (int i = 0; i < warmUpIterations; i++)
            {
                step(i);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = warmUpIterations; i < warmUpIterations + iterations; i++)
            {
                step(i);
            }

            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }
}
