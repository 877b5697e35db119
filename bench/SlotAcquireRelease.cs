using BenchmarkDotNet.Attributes;
using Keel.Pools;

namespace Keel.Bench
{
    /// <summary>Acquire and release of one generation-checked slot handle against the bare free-stack floor.</summary>
    [BenchmarkCategory(Category)]
    public class SlotAcquireRelease
    {
        public const string Category = "slot handle acquire+release";
        private const int Ops = BlockAcquireRelease.Ops;
        private const int Slots = 256;

        private SlotPool _slots;
        private FreeStack _floor;

        [GlobalSetup]
        public void Setup()
        {
            _slots = new SlotPool("bench-slots", Slots, 16);
            _floor = new FreeStack(Slots);
        }

        [Benchmark(OperationsPerInvoke = Ops, Description = "Keel SlotPool Acquire+Release")]
        public int KeelSlotPool()
        {
            SlotPool slots = _slots;
            int last = 0;
            for (int i = 0; i < Ops; i++)
            {
                last = slots.Acquire();
                slots.Release(last);
            }

            return last;
        }

        [Benchmark(OperationsPerInvoke = Ops, Description = "floor: bare int[] free stack pop+push")]
        public int FreeStackFloor()
        {
            return BlockAcquireRelease.FloorLoop(_floor, Ops);
        }
    }
}
