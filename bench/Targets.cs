using System;
using System.Collections.Generic;
using System.Linq;

namespace Keel.Bench
{
    /// <summary>The issue's targets, checked against the ratios of one run on one machine.</summary>
    public static class Targets
    {
        public static List<TargetResult> Evaluate(List<BenchmarkRow> rows, List<LatencyResult> latencies)
        {
            const string block = nameof(BlockAcquireRelease);
            const string record = nameof(RecordRingWriteRead);
            const string bytes = nameof(ByteRingWriteRead);
            var results = new List<TargetResult>
            {
                Faster(rows, "Keel BlockPool vs ObjectPool Get+Return", block, nameof(BlockAcquireRelease.KeelBlockPool),
                    nameof(BlockAcquireRelease.ObjectPool), 3.0),
                Faster(rows, "Keel BlockPool vs ArrayPool<byte>.Shared Rent+Return", block,
                    nameof(BlockAcquireRelease.KeelBlockPool), nameof(BlockAcquireRelease.ArrayPoolShared), 1.5),
                NearFloor(rows),
                ZeroBytes(rows, "Keel BlockPool allocation", Find(rows, block, nameof(BlockAcquireRelease.KeelBlockPool))),
                Faster(rows, "Keel RecordRing vs ConcurrentQueue<T> (16-byte record)", record,
                    nameof(RecordRingWriteRead.KeelRecordRing), nameof(RecordRingWriteRead.ConcurrentQueue), 3.0),
                Faster(rows, "Keel RecordRing vs bounded Channel<T> (16-byte record)", record,
                    nameof(RecordRingWriteRead.KeelRecordRing), nameof(RecordRingWriteRead.BoundedChannel), 3.0),
                Faster(rows, "Keel ByteRing vs ConcurrentQueue<byte> (1 byte)", bytes,
                    nameof(ByteRingWriteRead.KeelByteRing), nameof(ByteRingWriteRead.ConcurrentQueue), 3.0),
                Faster(rows, "Keel ByteRing vs bounded Channel<byte> (1 byte)", bytes,
                    nameof(ByteRingWriteRead.KeelByteRing), nameof(ByteRingWriteRead.BoundedChannel), 3.0),
                ZeroBytes(rows, "Keel RecordRing allocation", Find(rows, record, nameof(RecordRingWriteRead.KeelRecordRing))),
                ZeroBytes(rows, "Keel ByteRing allocation", Find(rows, bytes, nameof(ByteRingWriteRead.KeelByteRing))),
                TailMax(latencies),
            };
            return results;
        }

        private static TargetResult Faster(List<BenchmarkRow> rows, string target, string type, string keel, string other, double factor)
        {
            string required = "at least " + factor.ToString("0.0#") + "x faster";
            BenchmarkRow keelRow = Find(rows, type, keel);
            BenchmarkRow otherRow = Find(rows, type, other);
            if (!Measured(keelRow) || !Measured(otherRow))
            {
                return new TargetResult(target, required, "—", null);
            }

            double speedup = otherRow.MedianNs / keelRow.MedianNs;
            return new TargetResult(target, required, speedup.ToString("F2") + "x (" + keelRow.MedianNs.ToString("F2")
                + " vs " + otherRow.MedianNs.ToString("F2") + " ns)", speedup >= factor);
        }

        private static TargetResult NearFloor(List<BenchmarkRow> rows)
        {
            const string target = "Keel BlockPool vs bare int[] free stack (the floor)";
            const string required = "at most 2.0x the floor's time";
            BenchmarkRow keel = Find(rows, nameof(BlockAcquireRelease), nameof(BlockAcquireRelease.KeelBlockPool));
            BenchmarkRow floor = Find(rows, nameof(BlockAcquireRelease), nameof(BlockAcquireRelease.FreeStackFloor));
            if (!Measured(keel) || !Measured(floor))
            {
                return new TargetResult(target, required, "—", null);
            }

            double ratio = keel.MedianNs / floor.MedianNs;
            return new TargetResult(target, required, ratio.ToString("F2") + "x (" + keel.MedianNs.ToString("F2") + " vs "
                + floor.MedianNs.ToString("F2") + " ns)", ratio <= 2.0);
        }

        private static TargetResult ZeroBytes(List<BenchmarkRow> rows, string target, BenchmarkRow row)
        {
            if (!Measured(row) || row.AllocatedBytesPerOp == null)
            {
                return new TargetResult(target, "0 B/op", "—", null);
            }

            return new TargetResult(target, "0 B/op", row.AllocatedBytesPerOp.Value + " B/op", row.AllocatedBytesPerOp.Value == 0);
        }

        private static TargetResult TailMax(List<LatencyResult> latencies)
        {
            const string target = "Tail latency under background churn: Keel max vs new byte[64] max";
            const string required = "at most 1/10";
            LatencyResult keel = latencies.FirstOrDefault(l => l.Heap == TailLatency.ChurnedHeap && l.Implementation.StartsWith("Keel", StringComparison.Ordinal));
            LatencyResult fresh = latencies.FirstOrDefault(l => l.Heap == TailLatency.ChurnedHeap && !l.Implementation.StartsWith("Keel", StringComparison.Ordinal));
            if (keel == null || fresh == null)
            {
                return new TargetResult(target, required, "—", null);
            }

            double ratio = keel.Max / fresh.Max;
            return new TargetResult(target, required, TailLatency.Format(keel.Max) + " vs " + TailLatency.Format(fresh.Max)
                + " per op (ratio " + ratio.ToString("F2") + ")", ratio <= 0.1);
        }

        private static BenchmarkRow Find(List<BenchmarkRow> rows, string type, string method)
        {
            return rows.FirstOrDefault(r => r.Type == type && r.Method == method);
        }

        private static bool Measured(BenchmarkRow row)
        {
            return row != null && !double.IsNaN(row.MedianNs);
        }
    }
}
