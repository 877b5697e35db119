using System;
using System.Diagnostics;
using System.IO;

namespace Keel.Sim.Board
{
    /// <summary>The console on the terminal: each line typed goes to the simulated serial port; virtual time follows the real time between lines.</summary>
    public sealed class InteractiveSession
    {
        // Time between two lines beyond this is not simulated (a user away from the keyboard).
        private const long MaxCatchUpMicroseconds = 60000000;

        private readonly SimulatedBoard _board;
        private readonly TextReader _in;
        private readonly TextWriter _out;

        public InteractiveSession(SimulatedBoard board, TextReader input, TextWriter output)
        {
            _board = board;
            _in = input;
            _out = output;
        }

        /// <summary>Runs until end of input or 'quit'; returns the exit code (0).</summary>
        public int Run()
        {
            _out.Write(_board.TakeOutput());
            _out.WriteLine("(simulated board: 'press' presses the button, 'wait 200ms' lets virtual time pass, 'quit' or end of input leaves)");
            Stopwatch real = Stopwatch.StartNew();
            while (true)
            {
                _out.Write("> ");
                _out.Flush();
                string line = _in.ReadLine();
                long elapsed = real.ElapsedTicks * 1000000 / Stopwatch.Frequency;
                real.Restart();
                _board.RunFor(elapsed < MaxCatchUpMicroseconds ? elapsed : MaxCatchUpMicroseconds);
                if (line == null || line.Trim() == "quit" || line.Trim() == "exit")
                {
                    _out.Write(_board.TakeOutput());
                    return 0;
                }

                _board.TakeOutput();
                long wait;
                if (line.StartsWith("wait ", StringComparison.Ordinal) && ScriptRunner.TryParseDuration(line.Substring(5).Trim(), out wait))
                {
                    // As in a script: let virtual time pass at once (a press needs its debounce time).
                    _board.RunFor(wait);
                    _out.Write(_board.TakeOutput());
                    continue;
                }

                _board.TypeLine(line);
                _out.Write(_board.TakeOutput());
            }
        }
    }
}
