using Keel.Console;
using Keel.Console.Commands;
using Keel.Pools;

namespace Keel.Tests
{
    /// <summary>A console on a memory serial port over a board whose pools are in a known state, for tests that type lines and read the answer.</summary>
    public class ConsoleRig
    {
        public const int LineBytes = 40;
        public const int InputBytes = 64;
        public const int OutputBytes = 512;
        public const int PortBytes = 8192;

        /// <summary>Clock reading: 1 day, 2 h, 3 min, 4.567 s.</summary>
        public const long UptimeMicroseconds = 93784567000L;

        /// <summary>What version answers on this board: the commit is the build's own (made on each call: the interpreter may initialize test classes before this one).</summary>
        public static string VersionLine => "Keel 0.1.0 (commit " + KeelVersion.Commit + ") on board test-board";

        public readonly MemoryPlan Plan;
        public readonly MemorySerialPort Port;
        public readonly ByteRing Input = new ByteRing("console-in", InputBytes, OverflowPolicy.RejectNewest);
        public readonly ByteRing Output = new ByteRing("console-out", OutputBytes, OverflowPolicy.OverwriteOldest);
        public readonly SerialConsole Console;
        public readonly FixedHeapMonitor Heap = new FixedHeapMonitor();
        public readonly FixedClock Clock = new FixedClock();
        public readonly PinCommand Pins = new PinCommand();

        /// <summary>The standard commands, then say, pin and broken; echo off unless asked.</summary>
        public ConsoleRig()
            : this(false)
        {
        }

        public ConsoleRig(bool echo)
        {
            Plan = CreatePlan();
            Port = new MemorySerialPort(PortBytes, PortBytes);
            Console = new SerialConsole(Port, Input, Output, LineBytes, StandardCommands.Count + 3, echo);
            Heap.FreeNow = 81234;
            Heap.FreeAtBoot = 82000;
            Clock.Microseconds = UptimeMicroseconds;
            StandardCommands.AddTo(Console.Commands, Plan, Heap, Clock);
            Console.Commands.Add(new SayCommand());
            Console.Commands.Add(Pins);
            Console.Commands.Add(new BrokenCommand());
        }

        /// <summary>
        /// A board with one pool or ring of each kind, used so that every counter the console
        /// prints is non-zero somewhere: a double release, a size-class fallback and an oversized
        /// request, a borrowing owner, an overwriting ring.
        /// </summary>
        public static MemoryPlan CreatePlan()
        {
            MemoryPlan plan = new MemoryPlan("test-board", 8192);
            SlotPool timers = new SlotPool("timers", 8, 24);
            BlockPool frames = new BlockPool("frames", 64, 4, BlockPoolOptions.GuardBytes);
            SizeClassPool messages = new SizeClassPool("messages", new int[] { 16, 64 }, new int[] { 4, 2 }, true, BlockPoolOptions.None);
            GrantPool buffers = new GrantPool("buffers", 32, 6, 2, true, BlockPoolOptions.None);
            int consoleOwner = buffers.AddOwner("console", 2);
            int flashOwner = buffers.AddOwner("flash", 2);
            ByteRing log = new ByteRing("log", 128, OverflowPolicy.OverwriteOldest);
            RecordRing edges = new RecordRing("edges", 16, 12, OverflowPolicy.RejectNewest);
            plan.Add(timers);
            plan.Add(frames);
            plan.Add(messages);
            plan.Add(buffers);
            plan.Add(log);
            plan.Add(edges);

            int first = timers.Acquire();
            timers.Acquire();
            timers.Acquire();
            timers.Release(first);
            timers.Release(first);

            frames.Acquire();
            frames.Acquire();

            for (int i = 0; i < 4; i++)
            {
                messages.Acquire(10);
            }

            messages.Acquire(12);
            messages.Acquire(100);

            for (int i = 0; i < 3; i++)
            {
                buffers.Acquire(consoleOwner);
            }

            buffers.Acquire(flashOwner);

            byte[] bytes = new byte[200];
            log.Write(bytes, 0, 200);
            log.Read(bytes, 0, 28);

            for (int i = 0; i < 3; i++)
            {
                edges.BeginWrite();
                edges.CommitWrite();
            }

            return plan;
        }

        /// <summary>Sends text as if typed (all at once), polls until the console has read it all, and returns what it wrote.</summary>
        public string Type(string text)
        {
            Port.Send(text);
            Drain();
            return Port.TakeOutput();
        }

        /// <summary>Polls until the console has read everything sent and written everything it had to say.</summary>
        public void Drain()
        {
            do
            {
                Console.Poll();
            }
            while (Port.PendingInput > 0);
        }
    }
}
