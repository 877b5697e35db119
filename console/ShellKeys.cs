namespace Keel.Console
{
    /// <summary>The shell keys of the console: the arrow keys recall earlier lines from a fixed history, and tab completes command names, on the line buffer itself and allocating nothing.</summary>
    public class ShellKeys
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string CandidateGap = "  ";
        private static readonly string HelpName = "help";

        private readonly LineEditor _editor;
        private readonly LineHistory _history;
        private readonly CommandTable _commands;
        private readonly ConsoleOutput _output;
        private readonly bool _echo;
        private int _recalled;

        /// <param name="editor">The console's line buffer.</param>
        /// <param name="history">The lines to recall, made at boot.</param>
        /// <param name="commands">The names tab completes.</param>
        /// <param name="output">Where the echo goes.</param>
        /// <param name="echo">Whether the console echoes (and shows a prompt).</param>
        public ShellKeys(LineEditor editor, LineHistory history, CommandTable commands, ConsoleOutput output, bool echo)
        {
            _editor = editor;
            _history = history;
            _commands = commands;
            _output = output;
            _echo = echo;
        }

        public LineHistory History => _history;

        /// <summary>The line in the editor ended and runs: it joins the history and the arrows start from it again.</summary>
        public void LineEnded()
        {
            _history.Add(_editor.Buffer, _editor.Length);
            _recalled = 0;
        }

        /// <summary>The line was dropped: the arrows start from the newest line again.</summary>
        public void Forget() => _recalled = 0;

        /// <summary>Up arrow: the line before the one shown, if the history holds one.</summary>
        public void Previous()
        {
            if (_recalled < _history.Count)
            {
                _recalled++;
                Recall();
            }
        }

        /// <summary>Down arrow: the line after the one shown, and after the newest an empty line.</summary>
        public void Next()
        {
            if (_recalled > 0)
            {
                _recalled--;
                Recall();
            }
        }

        /// <summary>Writes the prompt when echo is on.</summary>
        public void ShowPrompt()
        {
            if (_echo)
            {
                _output.Text(SerialConsole.Prompt);
            }
        }

        /// <summary>Puts history line _recalled (0: an empty line) in place of the line typed so far, and on the terminal.</summary>
        private void Recall()
        {
            EchoRubOut(_editor.Length);
            if (_recalled == 0)
            {
                _editor.Replace(_history.Text, 0, 0);
            }
            else
            {
                _editor.Replace(_history.Text, _history.StartOf(_recalled), _history.LengthOf(_recalled));
            }

            EchoLine();
        }

        /// <summary>
        /// Tab: completes the command name typed so far. One match is completed with a space after
        /// it; several are completed as far as they agree, and when they agree no further they are
        /// listed and the line is shown again. The first word is completed, and the word after help.
        /// </summary>
        public void Complete()
        {
            byte[] line = _editor.Buffer;
            int length = _editor.Length;
            if (!_editor.IsClean)
            {
                return;
            }

            int start = WordToComplete(line, length);
            if (start < 0)
            {
                return;
            }

            int matches = 0;
            string first = null;
            int agreed = 0;
            for (int c = 0; c < _commands.Count; c++)
            {
                string name = _commands.Get(c).Name;
                if (!StartsWith(name, line, start, length))
                {
                    continue;
                }

                if (matches == 0)
                {
                    first = name;
                    agreed = name.Length;
                }
                else
                {
                    agreed = Agreed(first, name, agreed);
                }

                matches++;
            }

            if (matches == 0)
            {
                return;
            }

            for (int i = length - start; i < agreed; i++)
            {
                AppendTyped((byte)first[i]);
            }

            if (matches == 1)
            {
                AppendTyped((byte)' ');
                return;
            }

            if (agreed > length - start || !_echo)
            {
                return;
            }

            _output.NewLine();
            bool firstListed = true;
            for (int c = 0; c < _commands.Count; c++)
            {
                string name = _commands.Get(c).Name;
                if (StartsWith(name, line, start, length))
                {
                    _output.Text(firstListed ? null : CandidateGap);
                    _output.Text(name);
                    firstListed = false;
                }
            }

            _output.NewLine();
            ShowPrompt();
            EchoLine();
        }

        private void AppendTyped(byte value)
        {
            if (_editor.Append(value) && _echo)
            {
                _output.Character((char)value);
            }
        }

        private void EchoLine()
        {
            if (_echo)
            {
                _output.Bytes(_editor.Buffer, 0, _editor.Length);
            }
        }

        private void EchoRubOut(int count)
        {
            for (int i = 0; _echo && i < count; i++)
            {
                _output.RubOut();
            }
        }

        /// <summary>Whether name starts with the bytes of line from start to length.</summary>
        private static bool StartsWith(string name, byte[] line, int start, int length)
        {
            if (name.Length < length - start)
            {
                return false;
            }

            for (int i = start; i < length; i++)
            {
                if (name[i - start] != line[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Where the command name being typed starts: 0 for the first word, after "help " for its argument; -1 when tab completes nothing here.</summary>
        private int WordToComplete(byte[] line, int length)
        {
            int space = -1;
            for (int i = 0; i < length; i++)
            {
                if (line[i] != (byte)' ')
                {
                    continue;
                }

                if (space >= 0)
                {
                    return -1;
                }

                space = i;
            }

            if (space < 0)
            {
                return 0;
            }

            return StartsWith(HelpName, line, 0, space) && space == HelpName.Length ? space + 1 : -1;
        }

        /// <summary>How many leading characters a and b share, up to limit.</summary>
        private static int Agreed(string a, string b, int limit)
        {
            int agreed = 0;
            while (agreed < limit && agreed < b.Length && a[agreed] == b[agreed])
            {
                agreed++;
            }

            return agreed;
        }

    }
}
