using System.IO;

namespace Keel.Sim.Board
{
    /// <summary>A non-interactive run: the script (if any), then the loop iterations of --steps (if any); returns the exit code.</summary>
    public static class SimRun
    {
        /// <summary>0 when every script line succeeded, 1 (with the failing line named on errors) otherwise.</summary>
        public static int Batch(SimulatedBoard board, string[] script, string scriptName, long steps, TextWriter output, TextWriter errors)
        {
            ScriptRunner runner = new ScriptRunner(board, output);
            if (script != null && !runner.Run(script))
            {
                errors.WriteLine(scriptName + ":" + runner.FailedLine + ": " + runner.Failure);
                return 1;
            }

            if (steps > 0 && !runner.Quit)
            {
                long start = board.Clock.NowMicroseconds;
                board.RunSteps(steps);
                output.Write(ScriptRunner.ToPlatform(board.TakeOutput()));
                output.WriteLine("-- ran " + steps + " loop iterations: " + SimDuration.Format(board.Clock.NowMicroseconds - start)
                    + " of virtual time, uptime " + SimDuration.Format(board.Firmware.UptimeMicroseconds) + " --");
            }

            return 0;
        }
    }
}
