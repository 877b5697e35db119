using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading.Channels;
using BenchmarkDotNet.Attributes;
using Keel.Pools;

namespace Keel.Bench
{
    /// <summary>One byte written and then read back, on one thread: Keel's byte ring against .NET's queues.</summary>
    [BenchmarkCategory(Category)]
    public class ByteRingWriteRead
    {
        public const string Category = "1-byte write+read";
        private const int Capacity = RecordRingWriteRead.Capacity;
        private const int Ops = BlockAcquireRelease.Ops;

        private ByteRing _ring;
        private Queue<byte> _queue;
        private ConcurrentQueue<byte> _concurrent;
        private Channel<byte> _channel;

        [GlobalSetup]
        public void Setup()
        {
            _ring = new ByteRing("bench-bytes", Capacity, OverflowPolicy.RejectNewest);
            _queue = new Queue<byte>(Capacity);
            _concurrent = new ConcurrentQueue<byte>();
            _channel = BoundedChannels.Create<byte>(Capacity);
        }

        [Benchmark(OperationsPerInvoke = Ops, Description = "Keel ByteRing Write+TryRead")]
        public long KeelByteRing()
        {
            ByteRing ring = _ring;
            long sum = 0;
            for (int i = 0; i < Ops; i++)
            {
                ring.Write((byte)i);
                byte value;
                if (ring.TryRead(out value))
                {
                    sum += value;
                }
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Ops, Description = "Queue<byte> Enqueue+Dequeue (one thread only)")]
        public long QueueOfT()
        {
            Queue<byte> queue = _queue;
            long sum = 0;
            for (int i = 0; i < Ops; i++)
            {
                queue.Enqueue((byte)i);
                sum += queue.Dequeue();
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Ops, Description = "ConcurrentQueue<byte> Enqueue+TryDequeue")]
        public long ConcurrentQueue()
        {
            ConcurrentQueue<byte> queue = _concurrent;
            long sum = 0;
            for (int i = 0; i < Ops; i++)
            {
                queue.Enqueue((byte)i);
                byte value;
                if (queue.TryDequeue(out value))
                {
                    sum += value;
                }
            }

            return sum;
        }

        [Benchmark(OperationsPerInvoke = Ops, Description = "bounded Channel<byte> TryWrite+TryRead")]
        public long BoundedChannel()
        {
            ChannelWriter<byte> writer = _channel.Writer;
            ChannelReader<byte> reader = _channel.Reader;
            long sum = 0;
            for (int i = 0; i < Ops; i++)
            {
                writer.TryWrite((byte)i);
                byte value;
                if (reader.TryRead(out value))
                {
                    sum += value;
                }
            }

            return sum;
        }
    }
}
