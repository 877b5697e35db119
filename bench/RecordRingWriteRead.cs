using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading.Channels;
using BenchmarkDotNet.Attributes;
using Keel.Pools;

namespace Keel.Bench
{
    /// <summary>One 16-byte record written and then read back, on one thread: Keel's record ring against .NET's queues.</summary>
    /// <remarks>
    /// Keel keeps the record in the caller's arrays (two long[]), the others hold a 16-byte struct.
    /// Every queue is empty between operations, so this measures the fixed cost of one hand-over.
    /// </remarks>
    [BenchmarkCategory(Category)]
    public class RecordRingWriteRead
    {
        public const string Category = "16-byte record write+read";
        public const int Capacity = 1024;
        private const int Ops = BlockAcquireRelease.Ops;

        private RecordRing _ring;
        private long[] _first;
        private long[] _second;
        private Queue<Record16> _queue;
        private ConcurrentQueue<Record16> _concurrent;
        private Channel<Record16> _channel;

        [GlobalSetup]
        public void Setup()
        {
            _ring = new RecordRing("bench-records", Capacity, 16, OverflowPolicy.RejectNewest);
            _first = new long[Capacity];
            _second = new long[Capacity];
            _queue = new Queue<Record16>(Capacity);
            _concurrent = new ConcurrentQueue<Record16>();
            _channel = BoundedChannels.Create<Record16>(Capacity);
        }

        [Benchmark(OperationsPerInvoke = Ops, Description = "Keel RecordRing BeginWrite..EndRead")]
        public long KeelRecordRing()
        {
            RecordRing ring = _ring;
            long[] first = _first;
            long[] second = _second;
            long sum = 0;
            for (int i = 0; i < Ops; i++)
            {
                int write = ring.BeginWrite();
                first[write] = i;
                second[write] = -i;
                ring.CommitWrite();

                int read = ring.BeginRead();
                long a = first[read];
                long b = second[read];
                if (ring.EndRead())
                {
                    sum += a - b;
                }
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Ops, Description = "Queue<T> Enqueue+Dequeue (one thread only)")]
        public long QueueOfT()
        {
            Queue<Record16> queue = _queue;
            long sum = 0;
            for (int i = 0; i < Ops; i++)
            {
                queue.Enqueue(new Record16(i, -i));
                Record16 record = queue.Dequeue();
                sum += record.First - record.Second;
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Ops, Description = "ConcurrentQueue<T> Enqueue+TryDequeue")]
        public long ConcurrentQueue()
        {
            ConcurrentQueue<Record16> queue = _concurrent;
            long sum = 0;
            for (int i = 0; i < Ops; i++)
            {
                queue.Enqueue(new Record16(i, -i));
                Record16 record;
                if (queue.TryDequeue(out record))
                {
                    sum += record.First - record.Second;
                }
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Ops, Description = "bounded Channel<T> TryWrite+TryRead")]
        public long BoundedChannel()
        {
            ChannelWriter<Record16> writer = _channel.Writer;
            ChannelReader<Record16> reader = _channel.Reader;
            long sum = 0;
            for (int i = 0; i < Ops; i++)
            {
                writer.TryWrite(new Record16(i, -i));
                Record16 record;
                if (reader.TryRead(out record))
                {
                    sum += record.First - record.Second;
                }
            }

            return sum;
        }
    }
}
