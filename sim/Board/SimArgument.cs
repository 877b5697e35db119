using System.Text;
using Keel.Console;

namespace Keel.Sim.Board
{
    /// <summary>Reads a console argument as a string, for the simulator's own commands (PC only: this allocates).</summary>
    public static class SimArgument
    {
        /// <summary>Argument 0 .. ArgumentCount − 1 of the line, as typed.</summary>
        public static string Of(CommandContext context, int argument)
        {
            CommandLine line = context.Line;
            return Encoding.ASCII.GetString(line.Text, line.StartOf(argument + 1), line.LengthOf(argument + 1));
        }
    }
}
