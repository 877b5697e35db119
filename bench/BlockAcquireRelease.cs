using System.Buffers;
using BenchmarkDotNet.Attributes;
using Keel.Pools;
using Microsoft.Extensions.ObjectPool;

namespace Keel.Bench
{
    /// <summary>Acquire and release of one 64-byte buffer: Keel's block pool against what .NET offers, and the floor.</summary>
    /// <remarks>
    /// Each invocation runs <see cref="Ops"/> acquire+release pairs, so the method call and the
    /// loop are spread over many operations; times are per pair. Every row returns what it
    /// acquired last so that the JIT can neither drop the work nor keep `new byte[64]` on the stack.
    /// </remarks>
    [BenchmarkCategory(Category)]
    public class BlockAcquireRelease
    {
        public const string Category = "64-byte block acquire+release";
        public const int Ops = 1024;
        private const int BlockSize = 64;
        private const int Blocks = 256;

        private BlockPool _blocks;
        private ObjectPool<ByteHolder64> _holders;
        private FreeStack _floor;

        [GlobalSetup]
        public void Setup()
        {
            _blocks = new BlockPool("bench-blocks", BlockSize, Blocks);
            _holders = new DefaultObjectPoolProvider().Create<ByteHolder64>();
            _floor = new FreeStack(Blocks);
        }

        [Benchmark(OperationsPerInvoke = Ops, Description = "Keel BlockPool Acquire+Release")]
        public int KeelBlockPool()
        {
            BlockPool blocks = _blocks;
            int last = 0;
            for (int i = 0; i < Ops; i++)
            {
                last = blocks.Acquire();
                blocks.Release(last);
            }

            return last;
        }

        [Benchmark(OperationsPerInvoke = Ops, Description = "new byte[64], left to the GC")]
        public byte[] NewByteArray()
        {
            byte[] last = null;
            for (int i = 0; i < Ops; i++)
            {
                last = new byte[BlockSize];
            }

            return last;
        }

        [Benchmark(OperationsPerInvoke = Ops, Description = "ArrayPool<byte>.Shared Rent(64)+Return")]
        public byte[] ArrayPoolShared()
        {
            ArrayPool<byte> shared = ArrayPool<byte>.Shared;
            byte[] last = null;
            for (int i = 0; i < Ops; i++)
            {
                last = shared.Rent(BlockSize);
                shared.Return(last);
            }

            return last;
        }

        [Benchmark(OperationsPerInvoke = Ops, Description = "ObjectPool<64-byte holder> Get+Return")]
        public ByteHolder64 ObjectPool()
        {
            ObjectPool<ByteHolder64> holders = _holders;
            ByteHolder64 last = null;
            for (int i = 0; i < Ops; i++)
            {
                last = holders.Get();
                holders.Return(last);
            }

            return last;
        }

        [Benchmark(OperationsPerInvoke = Ops, Description = "floor: bare int[] free stack pop+push")]
        public int FreeStackFloor()
        {
            return FloorLoop(_floor, Ops);
        }

        /// <summary>The floor's loop, shared with the slot benchmark so both measure the same code.</summary>
        public static int FloorLoop(FreeStack floor, int ops)
        {
            int last = 0;
            for (int i = 0; i < ops; i++)
            {
                last = floor.Pop();
                floor.Push(last);
            }

            return last;
        }
    }
}
