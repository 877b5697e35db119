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
            return BytesAllocatedBy(Iterations, step);
        }

        /// <summary>The same over a given number of calls, for steps too slow for a million.</summary>
        public static long BytesAllocatedBy(int iterations, Action<int> step)
        {
            for (int i = 0; i < WarmUpIterations; i++)
            {
                step(i);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < iterations; i++)
            {
                step(i);
            }

            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }
}
