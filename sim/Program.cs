using System;

namespace Keel.Sim
{
    /// <summary>The simulated board's entry point. Booting the firmware on it arrives with the firmware (issue 8).</summary>
    internal static class Program
    {
        private static int Main()
        {
            Console.WriteLine("Keel.Sim: the simulated ports (clock, GPIO) are ready for tests;");
            Console.WriteLine("booting the firmware on the simulated board arrives with the firmware (issue 8).");
            return 0;
        }
    }
}
