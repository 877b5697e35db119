using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace Keel.Bench
{
    /// <summary>
    /// Custom timing, not BenchmarkDotNet: a producer thread hands items one at a time to a
    /// consumer thread through each queue, and the wall-clock time of the whole transfer gives
    /// items per second.
    /// </summary>
    /// <remarks>
    /// Both sides poll when the queue is full or empty, the way a firmware main loop polls a ring,
    /// backing off with .NET's SpinWait (spin, then yield the core, never sleep); nobody blocks on
    /// an event. Every bounded queue holds the same number
    /// of items. The consumer sums what it receives, and a round whose sum differs from what was
    /// sent stops the suite: a queue that loses or repeats items has no throughput to report.
    /// </remarks>
    public static class TwoThreadThroughput
    {
        public const string PartName = "Keel.Bench.TwoThreadThroughput";
        private const int Capacity = RecordRingWriteRead.Capacity;

        public static List<ThroughputResult> Run(long items, int rounds)
        {
            Console.WriteLine();
            Console.WriteLine("== Two threads: producer and consumer (custom timing, " + items.ToString("N0")
                + " items a round, median of " + rounds + " rounds) ==");
            var results = new List<ThroughputResult>();
            foreach (Func<TwoThreadCase> make in Cases())
            {
                // An unmeasured round first, so the JIT has compiled every path with full optimization.
                TwoThreadCase first = make();
                Transfer(first, Math.Max(1, items / 4));
                var perRound = new double[rounds];
                for (int round = 0; round < rounds; round++)
                {
                    // A fresh queue each round, so no round inherits another's grown segments.
                    perRound[round] = items / Transfer(make(), items).TotalSeconds;
                }

                string spread = string.Join(" ", Array.ConvertAll(perRound, r => (r / 1e6).ToString("F1")));
                Array.Sort(perRound);
                var result = new ThroughputResult(first.Implementation, first.Payload, perRound[rounds / 2], items, rounds);
                results.Add(result);
                Console.WriteLine("  " + (result.Payload + ", " + result.Implementation).PadRight(50)
                    + (result.ItemsPerSecond / 1e6).ToString("F1").PadLeft(8) + " M items/s"
                    + result.NanosecondsPerItem.ToString("F1").PadLeft(9) + " ns/item   (rounds: " + spread + " M/s)");
            }

            return results;
        }

        private static IEnumerable<Func<TwoThreadCase>> Cases()
        {
            const string record = "16-byte record";
            const string oneByte = "1 byte";
            yield return () => new KeelRecordRingCase(Capacity);
            yield return () => new LockedQueueCase<Record16>(Capacity, record);
            yield return () => new ConcurrentQueueCase<Record16>(record);
            yield return () => new ChannelCase<Record16>(Capacity, record);
            yield return () => new KeelByteRingCase(Capacity);
            yield return () => new LockedQueueCase<OneByte>(Capacity, oneByte);
            yield return () => new ConcurrentQueueCase<OneByte>(oneByte);
            yield return () => new ChannelCase<OneByte>(Capacity, oneByte);
        }

        private static TimeSpan Transfer(TwoThreadCase queue, long items)
        {
            long expected = 0;
            for (long i = 0; i < items; i++)
            {
                expected += queue.ValueOf(i);
            }

            long received = 0;
            using (var start = new Barrier(3))
            {
                var producer = new Thread(() =>
                {
                    start.SignalAndWait();
                    var spin = new SpinWait();
                    for (long i = 0; i < items; i++)
                    {
                        while (!queue.TryWrite(i))
                        {
                            spin.SpinOnce(-1);
                        }

                        spin.Reset();
                    }
                });
                var consumer = new Thread(() =>
                {
                    start.SignalAndWait();
                    var spin = new SpinWait();
                    long sum = 0;
                    for (long i = 0; i < items; i++)
                    {
                        long value;
                        while (!queue.TryRead(out value))
                        {
                            spin.SpinOnce(-1);
                        }

                        spin.Reset();
                        sum += value;
                    }

                    received = sum;
                });
                producer.Start();
                consumer.Start();
                start.SignalAndWait();
                long began = Stopwatch.GetTimestamp();
                producer.Join();
                consumer.Join();
                TimeSpan elapsed = Stopwatch.GetElapsedTime(began);
                if (received != expected)
                {
                    throw new InvalidOperationException(queue.Payload + " through " + queue.Implementation
                        + " arrived with checksum " + received + " instead of " + expected + ": items were lost or repeated.");
                }

                return elapsed;
            }
        }
    }
}
