namespace Keel.Console
{
    /// <summary>What a running command sees: its arguments, the output, the session's lock, and one-line errors with the usage.</summary>
    /// <remarks>
    /// One instance serves every command line; nothing in it allocates. Arguments are numbered
    /// from 0 after the command's name, with <c>--kv</c> already taken out. An error is one line,
    /// "error: ..." (or "error=..." under --kv), and marks the line as failed so that --kv
    /// output ends with "status=error".
    /// </remarks>
    public class CommandContext
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string ErrorKey = "error=";
        private static readonly string ErrorStart = "error: ";
        private static readonly string UsageStart = "; usage: ";
        private static readonly string LockedStart = "console locked: '";
        private static readonly string LockedEnd = "' changes state; type 'unlock' first";
        private static readonly string UnexpectedArgumentText = "unexpected argument ";

        private readonly CommandLine _line;
        private readonly ConsoleOutput _output;
        private readonly CommandTable _commands;
        private IConsoleCommand _command;
        private bool _unlocked;
        private bool _failed;

        internal CommandContext(CommandLine line, ConsoleOutput output, CommandTable commands)
        {
            _line = line;
            _output = output;
            _commands = commands;
        }

        public ConsoleOutput Output
        {
            get { return _output; }
        }

        /// <summary>Every registered command (help lists them).</summary>
        public CommandTable Commands
        {
            get { return _commands; }
        }

        /// <summary>The command running now (null while the line named none).</summary>
        public IConsoleCommand Command
        {
            get { return _command; }
        }

        /// <summary>The whole line, for commands that read words themselves (word 0 is the name).</summary>
        public CommandLine Line
        {
            get { return _line; }
        }

        /// <summary>Whether the line asked for key=value output (<c>--kv</c>).</summary>
        public bool KeyValue
        {
            get { return _line.KeyValue; }
        }

        /// <summary>Whether commands that change state are allowed: after unlock, until lock or a restart.</summary>
        public bool IsUnlocked
        {
            get { return _unlocked; }
        }

        /// <summary>Whether an error was written for this line.</summary>
        public bool Failed
        {
            get { return _failed; }
        }

        /// <summary>Arguments after the command's name.</summary>
        public int ArgumentCount
        {
            get { return _line.Count > 0 ? _line.Count - 1 : 0; }
        }

        /// <summary>Whether argument 0 .. ArgumentCount − 1 is exactly the literal.</summary>
        public bool ArgumentIs(int argument, string literal)
        {
            return _line.WordIs(argument + 1, literal);
        }

        /// <summary>Parses the argument as an integer (decimal, or hexadecimal after 0x); false when it is not one.</summary>
        public bool TryParseArgument(int argument, out int value)
        {
            return _line.TryParseInteger(argument + 1, out value);
        }

        /// <summary>Writes the argument as typed (for messages that quote it).</summary>
        public void WriteArgument(int argument)
        {
            WriteWord(argument + 1);
        }

        /// <summary>Allows commands that change state for the rest of the session.</summary>
        public void Unlock()
        {
            _unlocked = true;
        }

        public void Lock()
        {
            _unlocked = false;
        }

        /// <summary>Starts a one-line error: "error: " (or "error=" under --kv). Finish it with <see cref="EndError"/> or <see cref="EndErrorWithUsage"/>.</summary>
        public void BeginError()
        {
            _failed = true;
            _output.Text(_line.KeyValue ? ErrorKey : ErrorStart);
        }

        /// <summary>Ends the error line.</summary>
        public void EndError()
        {
            _output.NewLine();
        }

        /// <summary>Ends the error line with "; usage: " and the running command's usage.</summary>
        public void EndErrorWithUsage()
        {
            if (_command != null)
            {
                _output.Text(UsageStart);
                _output.Text(_command.Usage);
            }

            _output.NewLine();
        }

        /// <summary>One line "error: problem; usage: ...".</summary>
        public void UsageError(string problem)
        {
            BeginError();
            _output.Text(problem);
            EndErrorWithUsage();
        }

        /// <summary>One line "error: before 'argument' after; usage: ...", quoting an argument as typed.</summary>
        public void UsageError(string before, int argument, string after)
        {
            BeginError();
            _output.Text(before);
            _output.Character('\'');
            WriteArgument(argument);
            _output.Character('\'');
            _output.Text(after);
            EndErrorWithUsage();
        }

        /// <summary>True when the line has no arguments; otherwise writes the usage error and returns false.</summary>
        public bool ExpectNoArguments()
        {
            if (ArgumentCount == 0)
            {
                return true;
            }

            UnexpectedArgument(0);
            return false;
        }

        /// <summary>One line "error: unexpected argument 'word'; usage: ...".</summary>
        public void UnexpectedArgument(int argument)
        {
            UsageError(UnexpectedArgumentText, argument, string.Empty);
        }

        /// <summary>
        /// True when the session is unlocked. Otherwise writes one line saying that action changes
        /// state and how to unlock, and returns false: the command must then change nothing.
        /// </summary>
        public bool RequireUnlocked(string action)
        {
            if (_unlocked)
            {
                return true;
            }

            BeginError();
            _output.Text(LockedStart);
            _output.Text(action);
            _output.Text(LockedEnd);
            EndError();
            return false;
        }

        /// <summary>Starts a new line for command (null: the line named no known command).</summary>
        internal void Begin(IConsoleCommand command)
        {
            _command = command;
            _failed = false;
        }

        internal void WriteWord(int word)
        {
            _output.Bytes(_line.Text, _line.StartOf(word), _line.LengthOf(word));
        }
    }
}
