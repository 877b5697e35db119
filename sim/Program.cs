using System;
using System.IO;
using Keel.Sim.Board;

namespace Keel.Sim
{
    /// <summary>The simulated board's entry point: parses the options and boots the firmware on simulated parts.</summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            string error;
            SimOptions options = SimOptions.Parse(args, out error);
            if (options == null)
            {
                System.Console.Error.WriteLine("keel-sim: " + error);
                System.Console.Error.WriteLine(SimOptions.Usage);
                return 2;
            }

            if (options.ShowHelp)
            {
                System.Console.WriteLine(SimOptions.Usage);
                return 0;
            }

            string[] script = null;
            if (options.ScriptPath != null)
            {
                if (!File.Exists(options.ScriptPath))
                {
                    System.Console.Error.WriteLine("keel-sim: no script file '" + options.ScriptPath + "'");
                    return 2;
                }

                script = File.ReadAllLines(options.ScriptPath);
            }

            SimulatedBoard board;
            try
            {
                board = new SimulatedBoard(options.Board, options.FlashPath);
            }
            catch (IOException failure)
            {
                // An image of another board's flash size, or a path that cannot be written.
                System.Console.Error.WriteLine("keel-sim: " + failure.Message);
                return 2;
            }
            catch (InvalidDataException failure)
            {
                System.Console.Error.WriteLine("keel-sim: " + failure.Message);
                return 2;
            }
            catch (UnauthorizedAccessException failure)
            {
                System.Console.Error.WriteLine("keel-sim: " + failure.Message);
                return 2;
            }

            using (board)
            {
                if (options.Interactive)
                {
                    return new InteractiveSession(board, System.Console.In, System.Console.Out).Run();
                }

                return SimRun.Batch(board, script, options.ScriptPath, options.Steps, System.Console.Out, System.Console.Error);
            }
        }
    }
}
