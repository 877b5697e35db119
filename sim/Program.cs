using Keel.Sim.Board;

namespace Keel.Sim
{
    /// <summary>The simulated board's entry point: the terminal's keys (or standard input) and the console's streams, handed to <see cref="SimMain"/>.</summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            return SimMain.Run(args, OpenInput, System.Console.Out, System.Console.Error, new SystemRealTime());
        }

        /// <summary>Keys one at a time from a terminal; from a pipe or a file, what it holds.</summary>
        private static ITerminalInput OpenInput()
        {
            return System.Console.IsInputRedirected
                ? new StreamInput(System.Console.In, true)
                : new ConsoleKeyInput();
        }
    }
}
