using System;
using System.IO;

namespace Keel.Sim.Board
{
    /// <summary>What the simulator does with its arguments: checks them, boots the board, and runs the script, the steps or the terminal session; returns the exit code.</summary>
    public static class SimMain
    {
        /// <summary>Exit code of a bad option, script path or flash image.</summary>
        public const int UsageError = 2;

        /// <summary>Runs the simulator; input is asked for only when the console goes to the terminal (and disposed after, when disposable).</summary>
        public static int Run(string[] args, Func<ITerminalInput> input, TextWriter output, TextWriter errors, IRealTime real)
        {
            string error;
            SimOptions options = SimOptions.Parse(args, out error);
            if (options == null)
            {
                errors.WriteLine("keel-sim: " + error);
                errors.WriteLine(SimOptions.Usage);
                return UsageError;
            }

            if (options.ShowHelp)
            {
                output.WriteLine(SimOptions.Usage);
                return 0;
            }

            string[] script = null;
            if (options.ScriptPath != null)
            {
                if (!File.Exists(options.ScriptPath))
                {
                    errors.WriteLine("keel-sim: no script file '" + options.ScriptPath + "'"
                        + (Directory.Exists(options.ScriptPath) ? " (that is a folder)" : "") + "; give the path of a text file of console lines");
                    return UsageError;
                }

                script = File.ReadAllLines(options.ScriptPath);
            }

            if (options.FlashPath != null)
            {
                string problem = FlashImageCheck.Problem(options.FlashPath, options.Board);
                if (problem != null)
                {
                    errors.WriteLine("keel-sim: " + problem);
                    return UsageError;
                }
            }

            SimulatedBoard board;
            try
            {
                board = new SimulatedBoard(options.Board, options.FlashPath, options.Interactive);
            }
            catch (Exception failure) when (failure is IOException || failure is UnauthorizedAccessException || failure is InvalidDataException)
            {
                errors.WriteLine("keel-sim: " + (failure is InvalidDataException ? failure.Message : FlashImageCheck.CannotOpen(options.FlashPath, failure)));
                return UsageError;
            }

            using (board)
            {
                if (!options.Interactive)
                {
                    return SimRun.Batch(board, script, options.ScriptPath, options.Steps, output, errors);
                }

                ITerminalInput keys = input();
                try
                {
                    return new InteractiveSession(board, keys, output, real).Run();
                }
                finally
                {
                    (keys as IDisposable)?.Dispose();
                }
            }
        }
    }
}
