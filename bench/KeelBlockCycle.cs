using Keel.Pools;

namespace Keel.Bench
{
    /// <summary>Acquire a 64-byte block from Keel's block pool, write and read it in the arena, release it.</summary>
    public sealed class KeelBlockCycle : TailCase
    {
        private readonly BlockPool _pool = new BlockPool("tail-blocks", BufferBytes, 64);

        public KeelBlockCycle()
            : base("Keel BlockPool")
        {
        }

        public override long RunBatch(int count, long seed)
        {
            BlockPool pool = _pool;
            byte[] arena = pool.Arena;
            long sum = 0;
            for (int i = 0; i < count; i++)
            {
                int handle = pool.Acquire();
                int offset = pool.OffsetOf(handle);
                arena[offset] = (byte)(seed + i);
                arena[offset + BufferBytes - 1] = (byte)i;
                sum += arena[offset + (i & (BufferBytes - 1))];
                pool.Release(handle);
            }

            return sum;
        }
    }
}
