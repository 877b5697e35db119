using System;

namespace Keel.Bench.Device
{
    /// <summary>The device benchmark: Keel's pools and rings on the real nanoCLR against the free-stack floor, and what garbage costs there.</summary>
    /// <remarks>
    /// Built and run by <c>dotnet run -c Release --project bench -- --device</c> through the
    /// kit's nfrun (this file, DeviceOperations, GarbageRun, bench/FreeStack.cs and pools/*.cs
    /// as one program); on .NET it only compiles, so that CI keeps it building. It prints the
    /// markdown that goes into docs/benchmarks.md.
    /// </remarks>
    public static class DeviceBench
    {
        /// <summary>Operations a round: short rounds (about a millisecond), so that on a shared host many of them run undisturbed.</summary>
        public const int Operations = 2000;

        /// <summary>Rounds, every row once a round (interleaved, so a busy spell of the host hits all rows alike); the best round counts.</summary>
        public const int Rounds = 200;

        /// <summary>A targeted Keel row (a pool's or ring's own operation) meets its target at or under this many times the floor.</summary>
        public const double Target = 2.0;

        private const int GarbageAllocations = 400000;
        private const int LiveObjects = 20000;
        private const int TimedAllocations = 300000;

        public static void Main()
        {
            DeviceOperations operations = new DeviceOperations();
            int rows = DeviceOperations.Names.Length;
            long[] best = new long[rows];
            for (int row = 0; row < rows; row++)
            {
                operations.Time(row, 1000);
                best[row] = long.MaxValue;
            }

            for (int round = 0; round < Rounds; round++)
            {
                for (int row = 0; row < rows; row++)
                {
                    long ticks = operations.Time(row, Operations);
                    if (ticks < best[row])
                    {
                        best[row] = ticks;
                    }
                }
            }

            long loop = best[DeviceOperations.EmptyLoop];
            double floor = NsPerOp(best[DeviceOperations.Floor] - loop, Operations);
            double blockPool = NsPerOp(best[DeviceOperations.BlockPool] - loop, Operations);
            Console.WriteLine("Best of " + Rounds.ToString() + " interleaved rounds of " + Operations.ToString("N0")
                + " operations. ns/op is the loop's time per operation; the ratio subtracts the empty loop from both sides.");
            Console.WriteLine();
            Console.WriteLine("| operation | ns/op | without the loop (ns/op) | ÷ floor | target | result |");
            Console.WriteLine("|---|---:|---:|---:|---:|---|");
            double slowest = 0;
            int slowestRow = DeviceOperations.FirstKeel;
            int missed = 0;
            for (int row = 0; row < rows; row++)
            {
                double raw = NsPerOp(best[row], Operations);
                double net = row == DeviceOperations.EmptyLoop ? raw : NsPerOp(best[row] - loop, Operations);
                bool keel = row >= DeviceOperations.FirstKeel && row <= DeviceOperations.LastKeel;
                bool targeted = row >= DeviceOperations.FirstKeel && row <= DeviceOperations.LastTargeted;
                string ratio = row <= DeviceOperations.EmptyLoop ? "—" : (net / floor).ToString("F2");
                string target = targeted ? "≤ " + Target.ToString("F1") : !keel ? "—"
                    : row < DeviceOperations.FirstBuiltOn ? "none: a declared option" : "none: built on a block pool";
                string result = "—";
                if (targeted)
                {
                    bool met = net / floor <= Target;
                    result = met ? "met" : "MISSED";
                    missed += met ? 0 : 1;
                }
                else if (keel)
                {
                    result = "+" + (net - blockPool).ToString("F0") + " ns over BlockPool";
                }

                if (keel && net > slowest)
                {
                    slowest = net;
                    slowestRow = row;
                }

                Console.WriteLine("| " + DeviceOperations.Names[row] + " | " + raw.ToString("F0") + " | "
                    + (row == DeviceOperations.EmptyLoop ? "—" : net.ToString("F0"))
                    + " | " + ratio + " | " + target + " | " + result + " |");
            }

            GarbageRun garbage = new GarbageRun();
            garbage.Amortized(GarbageAllocations);
            double amortized = NsPerOp(garbage.Ticks, garbage.Allocations);
            Console.WriteLine("| new byte[64] including its collections: " + garbage.Allocations.ToString("N0") + " allocations, "
                + garbage.Collections.ToString() + " collections | " + amortized.ToString("F0") + " | " + (amortized - NsPerOp(loop, Operations)).ToString("F0")
                + " | " + ((amortized - NsPerOp(loop, Operations)) / floor).ToString("F2") + " | — | — |");
            Console.WriteLine();

            garbage.TimeEachAllocation(LiveObjects, TimedAllocations);
            double pauseMs = garbage.LongestTicks / 10000.0;
            Console.WriteLine("Longest single pause: " + pauseMs.ToString("F1") + " ms, the slowest of " + garbage.Allocations.ToString("N0")
                + " allocations of 64 bytes each timed alone (" + garbage.Collections.ToString() + " collections), with "
                + garbage.LiveObjects.ToString("N0") + " arrays (" + (garbage.LiveBytes / 1024).ToString("N0")
                + " KB of payload) alive. Keel's slowest operation above, " + DeviceOperations.Names[slowestRow] + ", takes "
                + slowest.ToString("F0") + " ns: the pause is " + (pauseMs * 1000000.0 / slowest).ToString("N0") + " times as long.");
            Console.WriteLine();
            Console.WriteLine("Targeted rows over the target: " + missed.ToString() + "; faults or failures counted while timing: "
                + operations.Faults.ToString() + " (must be 0).");
        }

        private static double NsPerOp(long ticks, int count)
        {
            return ticks * 100.0 / count;
        }
    }
}
