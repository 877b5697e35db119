using Keel.Console;
using Keel.Console.Commands;
using Keel.Pools;
using Keel.Tests;

namespace Keel.Tests.PcOnly
{
    /// <summary>The example board of docs/pools.md (its pools, with size classes and grants), in a state after some work, and its console with echo on.</summary>
    public class ExampleBoardConsole
    {
        public readonly MemorySerialPort Port = new MemorySerialPort(4096, 16384);
        public readonly SerialConsole Console;

        public ExampleBoardConsole()
        {
            MemoryPlan plan = new MemoryPlan("example-board", 24576);
            SlotPool timers = new SlotPool("timers", 16, 24);
            BlockPool pages = new BlockPool("flash-pages", 512, 4);
            ByteRing consoleIn = new ByteRing("console-in", 256, OverflowPolicy.RejectNewest);
            ByteRing consoleOut = new ByteRing("console-out", 2048, OverflowPolicy.OverwriteOldest);
            RecordRing edges = new RecordRing("gpio-edges", 64, 13, OverflowPolicy.RejectNewest);
            SizeClassPool messages = new SizeClassPool("messages",
                new int[] { 16, 64, 256 }, new int[] { 32, 16, 4 }, true, BlockPoolOptions.None);
            GrantPool buffers = new GrantPool("buffers", 128, 24, 4, true, BlockPoolOptions.None);
            int consoleOwner = buffers.AddOwner("console", 8);
            int flashOwner = buffers.AddOwner("flash", 12);
            plan.Add(timers);
            plan.Add(pages);
            plan.Add(consoleIn);
            plan.Add(consoleOut);
            plan.Add(edges);
            plan.Add(messages);
            plan.Add(buffers);

            int[] held = new int[7];
            for (int i = 0; i < held.Length; i++)
            {
                held[i] = timers.Acquire();
            }

            timers.Release(held[5]);
            timers.Release(held[6]);
            pages.Acquire();
            for (int i = 0; i < 10; i++)
            {
                edges.BeginWrite();
                edges.CommitWrite();
            }

            for (int i = 0; i < 6; i++)
            {
                edges.BeginRead();
                edges.EndRead();
            }

            for (int i = 0; i < 12; i++)
            {
                messages.Acquire(10 + i);
            }

            for (int i = 0; i < 17; i++)
            {
                messages.Acquire(40);
            }

            messages.Acquire(300);
            for (int i = 0; i < 3; i++)
            {
                buffers.Acquire(consoleOwner);
            }

            for (int i = 0; i < 13; i++)
            {
                buffers.Acquire(flashOwner);
            }

            FixedHeapMonitor heap = new FixedHeapMonitor();
            heap.FreeNow = 61344;
            heap.FreeAtBoot = 61872;
            FixedClock clock = new FixedClock();
            clock.Microseconds = 12345678901L;

            Console = new SerialConsole(Port, consoleIn, consoleOut, 64, StandardCommands.Count, true);
            StandardCommands.AddTo(Console.Commands, plan, heap, clock);
        }

        /// <summary>What a terminal shows for one typed line: the prompt, the echoed line, the answer (the next prompt left off), with LF line ends.</summary>
        public string Transcript(string line)
        {
            Port.Send(line + "\r");
            do
            {
                Console.Poll();
            }
            while (Port.PendingInput > 0);

            string shown = SerialConsole.Prompt + Port.TakeOutput();
            return shown.Substring(0, shown.Length - SerialConsole.Prompt.Length).Replace("\r\n", "\n");
        }
    }
}
