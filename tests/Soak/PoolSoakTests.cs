using Keel.Pools;
using nanoFramework.TestFramework;

namespace Keel.Soak
{
    /// <summary>Every pool and ring operation, common paths and refusals alike, used directly as a driver would: none allocates.</summary>
    /// <remarks>
    /// The drivers' soaks reach the pools only through the paths the drivers take; this one walks
    /// each kind and option (FIFO reuse, guard bytes and zeroing, grants, size classes, both ring
    /// policies) through its inline and its slow paths: refused, stale, repeated and made-up
    /// handles, full pools and rings, overwrites, misuse, figures, resets and integrity walks.
    /// One switch rather than a delegate per path, as in the device benchmark.
    /// </remarks>
    [TestClass]
    public class PoolSoakTests
    {
        private const int WarmUpRuns = 20;
        private const int Runs = 500;
        private const int Paths = 9;

        private static readonly string[] Names = new string[]
        {
            "slot pool acquire, look up, release",
            "slot pool refusals: full, stale, repeated, made up",
            "slot pool figures, reset and integrity walk",
            "block pool with FIFO reuse: acquire, copy in and out, release",
            "block pool with guard bytes and zeroing: acquire, release, walk",
            "grant pool: within budget, borrowing, refused, release all",
            "size-class pool: by length, fallback, too long, made up",
            "byte ring, both policies: byte and bulk, full and overwritten",
            "record ring, both policies: full, overwritten, out of order",
        };

        [TestMethod]
        public void EveryPoolAndRingPathAllocatesNothing()
        {
            PoolSoakRig rig = new PoolSoakRig();
            GarbageReport report = new GarbageReport();
            for (int path = 0; path < Paths; path++)
            {
                long allocated = 0;
                for (int round = 0; round < 2; round++)
                {
                    long before = AllocationMeter.Count();
                    rig.Run(path, round == 0 ? WarmUpRuns : Runs);
                    allocated = AllocationMeter.Count() - before;
                }

                report.Record(Names[path], allocated, Runs);
            }

            report.AssertClean();
            Assert.AreEqual(0, rig.Unexpected, "every path took the outcome it was written to take");
        }
    }
}
