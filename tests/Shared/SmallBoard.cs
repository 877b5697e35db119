using Keel.Pools;

namespace Keel.Tests
{
    /// <summary>A board config as firmware writes one: capacities as consts, and the boot code that builds its plan.</summary>
    public static class SmallBoard
    {
        public const int Timers = 8;
        public const int TimerBytes = 24;
        public const int FrameSize = 64;
        public const int Frames = 4;
        public const int ConsoleBytes = 256;
        public const int Edges = 16;
        public const int EdgeBytes = 12;

        public static MemoryPlan CreatePlan(int budgetBytes)
        {
            MemoryPlan plan = new MemoryPlan("small", budgetBytes);
            plan.Add(new SlotPool("timers", Timers, TimerBytes));
            plan.Add(new BlockPool("frames", FrameSize, Frames));
            plan.Add(new ByteRing("console-out", ConsoleBytes, OverflowPolicy.OverwriteOldest));
            plan.Add(new RecordRing("edges", Edges, EdgeBytes, OverflowPolicy.RejectNewest));
            return plan;
        }
    }
}
