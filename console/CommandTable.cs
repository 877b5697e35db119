using System;

namespace Keel.Console
{
    /// <summary>The console's commands: a fixed-size table filled at boot, searched by the first word of a line.</summary>
    public class CommandTable
    {
        private readonly IConsoleCommand[] _commands;
        private int _count;

        /// <param name="capacity">Most commands (a const of the board config: the standard ones plus one per driver).</param>
        public CommandTable(int capacity)
        {
            if (capacity < 1)
            {
                throw new ArgumentOutOfRangeException("capacity", "The console's command table was given room for " + capacity
                    + " commands; give it at least 1 (the standard commands need " + Commands.StandardCommands.Count + ").");
            }

            _commands = new IConsoleCommand[capacity];
        }

        public int Count
        {
            get { return _count; }
        }

        public int Capacity
        {
            get { return _commands.Length; }
        }

        /// <summary>The command at position 0 .. Count − 1, in the order they were added (the order help lists them).</summary>
        public IConsoleCommand Get(int position)
        {
            if (position < 0 || position >= _count)
            {
                throw new ArgumentOutOfRangeException("position", "The table holds " + _count + " commands.");
            }

            return _commands[position];
        }

        /// <summary>Boot only: adds a command. A full table, a bad name or a name taken already is a boot error that says what to change.</summary>
        public void Add(IConsoleCommand command)
        {
            if (command == null)
            {
                throw new ArgumentNullException("command");
            }

            string name = command.Name;
            if (!IsWord(name) || name == "--kv")
            {
                throw new ArgumentException("A console command is named '" + name
                    + "'; name it with one word of printable ASCII, without spaces (and not --kv).");
            }

            if (Find(name) != null)
            {
                throw new ArgumentException("Two console commands are named '" + name + "'; give each its own name.");
            }

            if (_count == _commands.Length)
            {
                throw new InvalidOperationException("The console's command table is full (" + _commands.Length
                    + " commands) and cannot take '" + name + "'; raise its command count in the board config.");
            }

            _commands[_count] = command;
            _count++;
        }

        /// <summary>The command named by the line's first word, or null.</summary>
        public IConsoleCommand Find(CommandLine line) => Find(line, 0);

        /// <summary>The command named by the line's word 0 .. Count − 1 (help COMMAND reads word 1), or null when the line has no such word.</summary>
        public IConsoleCommand Find(CommandLine line, int word)
        {
            if (word < 0 || word >= line.Count)
            {
                return null;
            }

            for (int i = 0; i < _count; i++)
            {
                if (line.WordIs(word, _commands[i].Name))
                {
                    return _commands[i];
                }
            }

            return null;
        }

        /// <summary>The command with this name, or null.</summary>
        public IConsoleCommand Find(string name)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_commands[i].Name == name)
                {
                    return _commands[i];
                }
            }

            return null;
        }

        private static bool IsWord(string name)
        {
            if (name == null || name.Length == 0)
            {
                return false;
            }

            for (int i = 0; i < name.Length; i++)
            {
                if (name[i] <= ' ' || name[i] > '~')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
