namespace Keel.Soak
{
    /// <summary>Counts what the current code allocates: objects on the nanoFramework interpreter, bytes on .NET.</summary>
    /// <remarks>
    /// On the interpreter (../shared/nanoclr) the count is nanoFramework.HostMeasure.HeapStats, which
    /// sees every managed-heap object, string literals and struct copies included: the proof. On .NET
    /// it is the thread's allocated bytes, a quicker first check that cannot see those two. Either
    /// way a steady-state path must add exactly 0.
    /// </remarks>
    public static class AllocationMeter
    {
#if NANOFRAMEWORK_1_0
        /// <summary>What <see cref="Count"/> counts.</summary>
        public static readonly string Unit = "objects";

        /// <summary>Allocations so far on this platform's meter.</summary>
        public static long Count() => nanoFramework.HostMeasure.HeapStats.AllocatedObjects();
#else
        /// <summary>What <see cref="Count"/> counts.</summary>
        public static readonly string Unit = "bytes";

        /// <summary>Allocations so far on this platform's meter.</summary>
        public static long Count() => System.GC.GetAllocatedBytesForCurrentThread();
#endif
    }
}
