using Keel.Console;
using Keel.Console.Commands;
using Keel.Pools;

namespace Keel.Tests
{
    /// <summary>A console without echo on a memory port, for tests that build the board under it themselves (a plan of their own, a driver of their own).</summary>
    public class BareConsole
    {
        public readonly MemorySerialPort Port = new MemorySerialPort(ConsoleRig.PortBytes, ConsoleRig.PortBytes);
        public readonly SerialConsole Console;

        /// <summary>Room for the standard commands; add them with <see cref="WithStandardCommands"/> or add others.</summary>
        public BareConsole()
        {
            Console = new SerialConsole(Port,
                new ByteRing("console-in", ConsoleRig.InputBytes, OverflowPolicy.RejectNewest),
                new ByteRing("console-out", ConsoleRig.OutputBytes, OverflowPolicy.OverwriteOldest),
                ConsoleRig.LineBytes, StandardCommands.Count, false);
        }

        /// <summary>A console with the standard commands over plan (no heap monitor, a fixed clock).</summary>
        public static BareConsole WithStandardCommands(MemoryPlan plan)
        {
            BareConsole bare = new BareConsole();
            StandardCommands.AddTo(bare.Console.Commands, plan, null, new FixedClock());
            return bare;
        }

        /// <summary>Types the lines (each ended with CR LF) and returns what the console answered.</summary>
        public string Type(string lines)
        {
            Port.Send(lines);
            do
            {
                Console.Poll();
            }
            while (Port.PendingInput > 0);

            return Port.TakeOutput();
        }
    }
}
