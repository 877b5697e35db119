using System;
using Keel.Firmware.Boards;

namespace Keel.Sim.Board
{
    /// <summary>The simulator's command-line options: --board, --flash, --script, --steps, --help.</summary>
    public sealed class SimOptions
    {
        /// <summary>What --help prints, and what follows an option error.</summary>
        public static readonly string Usage =
            "usage: dotnet run --project sim -- [--board NAME] [--flash PATH] [--script FILE] [--steps N]\n"
            + "  --board NAME   board config to boot: " + string.Join(", ", BoardList.Names()) + " (default " + BoardList.DefaultName + ")\n"
            + "  --flash PATH   flash image file kept between runs (a missing one is created erased); default: flash in memory\n"
            + "  --script FILE  run console lines (with wait TIME, expect TEXT, # comments, quit), exit 0 only if every line succeeds\n"
            + "  --steps N      run N main-loop iterations in virtual time, print the console and a summary, exit (after the script, if any)\n"
            + "  --help         this text\n"
            + "Without --script or --steps the console is on this terminal: type 'help'. The simulator adds the commands\n"
            + "press, set, wait, reboot, cut, quit and exit; Ctrl-C drops the line or stops a wait, Ctrl-D leaves.";

        public string BoardName = BoardList.DefaultName;
        public BoardConfig Board;
        public string FlashPath;
        public string ScriptPath;
        public long Steps = -1;
        public bool ShowHelp;
        private bool _boardGiven;

        /// <summary>Whether the console goes to the terminal (no script, no steps).</summary>
        public bool Interactive
        {
            get { return ScriptPath == null && Steps < 0; }
        }

        /// <summary>The value an option was given so far, or null.</summary>
        private string ValueOf(string option)
        {
            switch (option)
            {
                case "--board":
                    return _boardGiven ? BoardName : null;
                case "--flash":
                    return FlashPath;
                case "--script":
                    return ScriptPath;
                default:
                    return Steps >= 0 ? Steps.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            }
        }

        /// <summary>Parses the arguments; on a mistake returns null and says what was wrong in error.</summary>
        public static SimOptions Parse(string[] args, out string error)
        {
            SimOptions options = new SimOptions();
            error = null;
            for (int i = 0; i < args.Length; i++)
            {
                string option = args[i];
                if (option == "--help" || option == "-h")
                {
                    options.ShowHelp = true;
                    continue;
                }

                if (option != "--board" && option != "--flash" && option != "--script" && option != "--steps")
                {
                    error = "unknown option '" + option + "'";
                    return null;
                }

                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    error = "option " + option + " needs a value";
                    return null;
                }

                string value = args[++i];
                string earlier = options.ValueOf(option);
                if (earlier != null)
                {
                    error = "option " + option + " is given twice ('" + earlier + "' and '" + value + "'); give it once";
                    return null;
                }

                switch (option)
                {
                    case "--board":
                        options.BoardName = value;
                        options._boardGiven = true;
                        break;
                    case "--flash":
                        options.FlashPath = value;
                        break;
                    case "--script":
                        options.ScriptPath = value;
                        break;
                    default:
                        long steps;
                        if (!long.TryParse(value, out steps) || steps < 0)
                        {
                            error = "--steps takes a whole number of loop iterations (0 or more), not '" + value + "'";
                            return null;
                        }

                        options.Steps = steps;
                        break;
                }
            }

            options.Board = BoardList.Find(options.BoardName);
            if (options.Board == null)
            {
                error = "no board named '" + options.BoardName + "'; the boards are " + string.Join(", ", BoardList.Names());
                return null;
            }

            return options;
        }
    }
}
