using System;
using Keel.Pools;

namespace Keel.Console
{
    /// <summary>The serial diagnostics console: bytes from the port through a ring into the line buffer, commands from a fixed table, output through a ring back to the port.</summary>
    /// <remarks>
    /// Boot builds it from the board config's capacities and adds the commands; the main loop
    /// then calls <see cref="Poll"/>, which never blocks and allocates nothing. With echo on,
    /// typed characters are echoed (backspace rubs out) and a prompt shows after each line, for
    /// a person at a terminal; scripts may turn it off and use --kv.
    /// </remarks>
    public class SerialConsole
    {
        /// <summary>Shown after each line when echo is on.</summary>
        public static readonly string Prompt = "> ";

        /// <summary>Lines the arrow keys can recall, each as long as the line buffer (made at boot).</summary>
        public const int HistoryLines = 4;

        private const int ScratchBytes = 32;

        // Steady-state text lives in fields: on the interpreter every executed literal allocates.
        private static readonly string LineTooLongStart = "error: line longer than ";
        private static readonly string LineTooLongEnd = " characters discarded";
        private static readonly string NoisyLine = "error: line with non-printable bytes discarded";
        private static readonly string Cancelled = "^C";
        private static readonly string UnknownCommandStart = "unknown command '";
        private static readonly string UnknownCommandEnd = "'; type 'help' for the list";
        private static readonly string TooManyWordsStart = "more than ";
        private static readonly string TooManyWordsEnd = " words";
        private static readonly string StatusKey = "status";
        private static readonly string StatusError = "error";
        private static readonly string StatusOk = "ok";
        private static readonly string CommandFailed = "' failed: ";
        private static readonly string KeyValueAlone = "--kv needs a command, such as 'pools --kv'";

        private readonly ISerialPort _port;
        private readonly ByteRing _input;
        private readonly ConsoleOutput _output;
        private readonly LineEditor _editor;
        private readonly ShellKeys _keys;
        private readonly CommandLine _line = new CommandLine();
        private readonly CommandTable _commands;
        private readonly CommandContext _context;
        private readonly byte[] _scratch = new byte[ScratchBytes];
        private readonly bool _echo;
        private int _linesRun;
        private int _errors;
        private int _linesDiscarded;

        /// <param name="port">The serial port (firmware/Platform/NanoSerialPort on a board).</param>
        /// <param name="input">Ring for received bytes, created at boot and added to the memory plan.</param>
        /// <param name="output">Ring for output bytes, created at boot and added to the memory plan; large enough for the longest listing saves waiting on the port.</param>
        /// <param name="lineCapacity">Longest command line in characters (a const of the board config).</param>
        /// <param name="commandCapacity">Most commands (a const of the board config).</param>
        /// <param name="echo">Echo typed characters and show a prompt, for a person at a terminal.</param>
        public SerialConsole(ISerialPort port, ByteRing input, ByteRing output, int lineCapacity, int commandCapacity, bool echo)
        {
            if (port == null || input == null || output == null)
            {
                throw new ArgumentNullException(port == null ? "port" : (input == null ? "input" : "output"),
                    "The console needs its serial port and its two rings, created at boot.");
            }

            if (input == output)
            {
                throw new ArgumentException("The console was given one ring for input and output; create two in the board's boot code.");
            }

            _port = port;
            _input = input;
            _output = new ConsoleOutput(output, port);
            _editor = new LineEditor(lineCapacity, echo);
            _commands = new CommandTable(commandCapacity);
            _context = new CommandContext(_line, _output, _commands);
            _echo = echo;
            _keys = new ShellKeys(_editor, new LineHistory(HistoryLines, lineCapacity), _commands, _output, echo);
        }

        /// <summary>Where boot adds the commands (see Commands.StandardCommands) and drivers add theirs.</summary>
        public CommandTable Commands
        {
            get { return _commands; }
        }

        public ConsoleOutput Output
        {
            get { return _output; }
        }

        /// <summary>The longest line accepted, in characters.</summary>
        public int LineCapacity
        {
            get { return _editor.Capacity; }
        }

        /// <summary>Whether commands that change state are allowed (after unlock).</summary>
        public bool IsUnlocked
        {
            get { return _context.IsUnlocked; }
        }

        /// <summary>Lines that named a command, whatever came of them.</summary>
        public int LinesRun
        {
            get { return _linesRun; }
        }

        /// <summary>Lines answered with an error: unknown command, bad arguments, refused while locked, failed.</summary>
        public int Errors
        {
            get { return _errors; }
        }

        /// <summary>The lines the arrow keys recall.</summary>
        public LineHistory History => _keys.History;

        /// <summary>Escape sequences of keys the console does not use (left, right, function keys), ignored.</summary>
        public long KeysIgnored => _editor.IgnoredKeys;

        /// <summary>Lines thrown away whole: too long, or holding non-printable bytes.</summary>
        public int LinesDiscarded
        {
            get { return _linesDiscarded; }
        }

        /// <summary>
        /// Main loop: takes what the port has received (up to the input ring's capacity), runs
        /// every complete line, and sends the output the port will take. Never blocks.
        /// </summary>
        public void Poll()
        {
            Receive();
            while (true)
            {
                int count = _input.Read(_scratch, 0, ScratchBytes);
                if (count == 0)
                {
                    break;
                }

                for (int i = 0; i < count; i++)
                {
                    Accept(_scratch[i]);
                }
            }

            _output.Flush();
            _output.Transmit();
        }

        /// <summary>Writes the prompt when echo is on (boot calls it once after its banner).</summary>
        public void ShowPrompt() => _keys.ShowPrompt();

        private void Receive()
        {
            while (true)
            {
                int room = _input.Capacity - _input.Count;
                int wanted = room < ScratchBytes ? room : ScratchBytes;
                if (wanted == 0)
                {
                    return;
                }

                int count = _port.Read(_scratch, 0, wanted);
                if (count <= 0)
                {
                    return;
                }

                _input.Write(_scratch, 0, count < wanted ? count : wanted);
            }
        }

        private void Accept(byte value)
        {
            LineEvent result = _editor.Accept(value);
            switch (result)
            {
                case LineEvent.Stored:
                    if (_echo)
                    {
                        _output.Character((char)_editor.Buffer[_editor.Length - 1]);
                    }

                    return;

                case LineEvent.Erased:
                    if (_echo)
                    {
                        _output.RubOut();
                    }

                    return;

                case LineEvent.Ended:
                    EchoLineEnd();
                    _keys.LineEnded();
                    Run();
                    ShowPrompt();
                    return;

                case LineEvent.Previous:
                    _keys.Previous();
                    return;

                case LineEvent.Next:
                    _keys.Next();
                    return;

                case LineEvent.Complete:
                    _keys.Complete();
                    return;

                case LineEvent.DiscardedTooLong:
                    _keys.Forget();
                    EchoLineEnd();
                    _linesDiscarded++;
                    _output.Text(LineTooLongStart);
                    _output.Decimal(_editor.Capacity);
                    _output.Text(LineTooLongEnd);
                    _output.NewLine();
                    ShowPrompt();
                    return;

                case LineEvent.DiscardedNoise:
                    _keys.Forget();
                    EchoLineEnd();
                    _linesDiscarded++;
                    _output.Text(NoisyLine);
                    _output.NewLine();
                    ShowPrompt();
                    return;

                case LineEvent.Cancelled:
                    _keys.Forget();
                    if (_echo)
                    {
                        _output.Text(Cancelled);
                        _output.NewLine();
                        ShowPrompt();
                    }

                    return;
            }
        }

        private void EchoLineEnd()
        {
            if (_echo)
            {
                _output.NewLine();
            }
        }

        private void Run()
        {
            bool fits = _line.Parse(_editor.Buffer, _editor.Length);
            if (_line.Count == 0)
            {
                if (_line.KeyValue)
                {
                    // "--kv" alone: a script reading key=value lines still gets its error and status.
                    _context.Begin(null);
                    _linesRun++;
                    _context.BeginError();
                    _output.Text(KeyValueAlone);
                    _context.EndError();
                    _errors++;
                    _output.Pair(StatusKey, StatusError);
                }

                return;
            }

            IConsoleCommand command = _commands.Find(_line);
            _context.Begin(command);
            _linesRun++;
            if (command == null)
            {
                _context.BeginError();
                _output.Text(UnknownCommandStart);
                _context.WriteWord(0);
                _output.Text(UnknownCommandEnd);
                _context.EndError();
            }
            else if (!fits)
            {
                _context.BeginError();
                _output.Text(TooManyWordsStart);
                _output.Decimal(CommandLine.MaxWords);
                _output.Text(TooManyWordsEnd);
                _context.EndErrorWithUsage();
            }
            else
            {
                RunGuarded(command);
            }

            if (_context.Failed)
            {
                _errors++;
            }

            if (_line.KeyValue)
            {
                _output.Pair(StatusKey, _context.Failed ? StatusError : StatusOk);
            }
        }

        /// <summary>A command that throws (a bug) costs its own line, not the firmware's main loop.</summary>
        private void RunGuarded(IConsoleCommand command)
        {
            try
            {
                command.Run(_context);
            }
            catch (Exception failure)
            {
                _context.BeginError();
                _output.Character('\'');
                _output.Text(command.Name);
                _output.Text(CommandFailed);
                _output.Text(failure.Message);
                _context.EndError();
            }
        }
    }
}
