using System;
using System.IO;
using System.Text;

namespace Keel.Sim.Board
{
    /// <summary>The console on the terminal: keys go to the simulated serial line as they are typed, the firmware echoes them, and virtual time follows the real time.</summary>
    /// <remarks>
    /// The board runs with echo on, so line editing is the firmware's own (backspace, Ctrl-C and
    /// Ctrl-U drop the line). Input is handed over a line at a time, so a line after 'wait' runs
    /// after the wait, even when pasted. A 'wait' runs the loop in virtual time as fast as the PC
    /// can, shows its progress when it takes a while, and Ctrl-C stops it. 'quit', 'exit', Ctrl-D or
    /// the end of the input leave, on a line of their own.
    /// </remarks>
    public sealed class InteractiveSession
    {
        /// <summary>Printed after the boot output.</summary>
        public const string Hint = "(simulator: 'help' lists the commands, 'press' presses the button, 'wait 2s' lets time pass, Ctrl-C drops the line or stops a wait, 'quit' or Ctrl-D leaves)";

        // Real time a pass may catch up at most (a PC that was suspended does not replay hours).
        private const long MaxCatchUpMicroseconds = 1000000;

        // Virtual time per slice of a wait, between looks at the keyboard.
        private const long WaitSliceMicroseconds = 50000;

        // Real time a wait runs before it shows progress, and between updates.
        private const long ProgressAfterMicroseconds = 300000;
        private const long ProgressEveryMicroseconds = 200000;

        private const char CtrlC = '\u0003';
        private const char CtrlD = '\u0004';

        private readonly SimulatedBoard _board;
        private readonly ITerminalInput _in;
        private readonly TextWriter _out;
        private readonly IRealTime _real;
        private readonly StringBuilder _pending = new StringBuilder();
        private char _lastWritten = '\n';
        private int _progressWidth;
        private bool _atPrompt;

        // The console holds part of a line: typed without its line end yet.
        private bool _lineOpen;

        /// <param name="board">A board booted with echo on.</param>
        /// <param name="input">The keys typed.</param>
        /// <param name="output">The terminal.</param>
        /// <param name="real">The real time that virtual time follows.</param>
        public InteractiveSession(SimulatedBoard board, ITerminalInput input, TextWriter output, IRealTime real)
        {
            _board = board;
            _in = input;
            _out = output;
            _real = real;
        }

        /// <summary>Runs until 'quit', 'exit', Ctrl-D or the end of input; returns the exit code (0).</summary>
        public int Run()
        {
            Write(WithoutPrompt(_board.TakeOutput()));
            Write(Hint + "\r\n> ");
            long last = _real.NowMicroseconds;
            while (true)
            {
                string keys = _in.Read();
                if (_in.TakeInterrupt())
                {
                    keys = (keys ?? "") + CtrlC;
                }

                if (keys == null && _pending.Length == 0)
                {
                    // Input that ends without a line end still ends its last line, as a shell reads a script.
                    if (_lineOpen)
                    {
                        _board.Send("\r\n");
                        _board.Settle();
                        Write(WithoutPrompt(_board.TakeOutput()));
                    }

                    return Leave();
                }

                _pending.Append(keys);
                long now = _real.NowMicroseconds;
                long elapsed = now - last;
                last = now;
                _board.RunFor(elapsed < MaxCatchUpMicroseconds ? elapsed : MaxCatchUpMicroseconds);
                Write(_board.TakeOutput());
                bool typed = _pending.Length > 0;
                if (TypePending())
                {
                    return Leave();
                }

                last = _real.NowMicroseconds;
                if (!typed)
                {
                    _real.Sleep(5);
                }
            }
        }

        /// <summary>Sends what was typed, a line at a time, carrying out each line's wait; true when the session should end.</summary>
        private bool TypePending()
        {
            while (_pending.Length > 0)
            {
                string text = _pending.ToString();
                int end = text.IndexOfAny(new[] { '\r', '\n', CtrlD });
                if (end >= 0 && text[end] == CtrlD)
                {
                    _board.Send(text.Substring(0, end));
                    _board.Settle();
                    Write(_board.TakeOutput());
                    return true;
                }

                string chunk = end < 0 ? text : text.Substring(0, end + 1);
                _pending.Remove(0, chunk.Length);
                _lineOpen = end < 0;
                _board.Send(chunk);
                _board.Settle();
                string output = _board.TakeOutput();
                long wait = _board.TakeWaitRequest();
                if (_board.QuitRequested)
                {
                    Write(WithoutPrompt(output));
                    return true;
                }

                if (wait < 0)
                {
                    Write(output);
                    continue;
                }

                Write(WithoutPrompt(output));
                Wait(wait);
                if (_board.QuitRequested)
                {
                    return true;
                }

                if (!_atPrompt)
                {
                    Write("> ");
                }
            }

            return false;
        }

        /// <summary>Runs the loop for the virtual time a 'wait' asked, in slices; shows progress when it takes a while, and stops at Ctrl-C.</summary>
        private void Wait(long total)
        {
            long start = _real.NowMicroseconds;
            long shown = 0;
            long done = 0;
            while (done < total)
            {
                long slice = total - done < WaitSliceMicroseconds ? total - done : WaitSliceMicroseconds;
                _board.RunFor(slice);
                done += slice;
                string output = _board.TakeOutput();
                if (output.Length > 0)
                {
                    ClearProgress();
                    Write(output);
                }

                string keys = _in.Read();
                bool interrupted = _in.TakeInterrupt();
                if (keys != null)
                {
                    int stop = keys.IndexOf(CtrlC);
                    interrupted |= stop >= 0;
                    _pending.Append(stop >= 0 ? keys.Remove(stop, 1) : keys);
                }

                if (interrupted)
                {
                    ClearProgress();
                    Write("wait stopped by Ctrl-C after " + SimDuration.Format(done) + " of " + SimDuration.Format(total) + "\r\n");
                    return;
                }

                long now = _real.NowMicroseconds;
                if (done < total && now - start >= ProgressAfterMicroseconds && now - shown >= ProgressEveryMicroseconds)
                {
                    shown = now;
                    ShowProgress("waiting: " + SimDuration.Format(done) + " of " + SimDuration.Format(total) + " passed (Ctrl-C stops)");
                }
            }

            ClearProgress();
        }

        private void ShowProgress(string text)
        {
            string line = "\r" + text;
            if (text.Length < _progressWidth)
            {
                line += new string(' ', _progressWidth - text.Length);
            }

            _progressWidth = text.Length;
            _out.Write(line);
            _out.Flush();
        }

        private void ClearProgress()
        {
            if (_progressWidth > 0)
            {
                _out.Write("\r" + new string(' ', _progressWidth) + "\r");
                _progressWidth = 0;
            }
        }

        private int Leave()
        {
            if (_lastWritten != '\n')
            {
                _out.Write(Environment.NewLine);
            }

            _out.Flush();
            return 0;
        }

        private void Write(string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            _out.Write(ScriptRunner.ToPlatform(text));
            _out.Flush();
            _lastWritten = text[text.Length - 1];
            _atPrompt = text.EndsWith("> ", StringComparison.Ordinal);
        }

        private static string WithoutPrompt(string output)
        {
            return output.EndsWith("> ", StringComparison.Ordinal) ? output.Substring(0, output.Length - 2) : output;
        }
    }
}
