namespace Keel.Console
{
    /// <summary>A base for console commands that keeps the name, usage and help given at boot; subclasses write Run.</summary>
    public abstract class ConsoleCommand : IConsoleCommand
    {
        private readonly string _name;
        private readonly string _usage;
        private readonly string _help;

        /// <param name="name">What the user types: one word ("pools").</param>
        /// <param name="usage">The name with its arguments ("pool NAME").</param>
        /// <param name="help">One line saying what the command shows or does.</param>
        protected ConsoleCommand(string name, string usage, string help)
        {
            _name = name;
            _usage = usage;
            _help = help;
        }

        public string Name
        {
            get { return _name; }
        }

        public string Usage
        {
            get { return _usage; }
        }

        public string Help
        {
            get { return _help; }
        }

        public abstract void Run(CommandContext context);
    }
}
