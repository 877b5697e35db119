namespace Keel.Console.Commands
{
    /// <summary>The help command: every registered command with its usage and one line of help, or one command's with help COMMAND.</summary>
    public class HelpCommand : ConsoleCommand
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string CommandGroup = "command";
        private static readonly string UsageKey = "usage";
        private static readonly string HelpKey = "help";
        private static readonly string UsageStart = "usage: ";
        private static readonly string NoCommandNamed = "no command named ";
        private static readonly string SeeHelp = " (see 'help')";
        private static readonly string KeyValueHint = "Add --kv for key=value lines; commands that change state need 'unlock'; 'help COMMAND' for one.";

        private const int UsageColumn = 0;
        private const int HelpColumn = 1;

        private readonly TableColumns _table = new TableColumns(2);

        public HelpCommand()
            : base("help", "help [COMMAND]", "lists the commands, or one command's usage and help")
        {
            _table.Add(0, 0, false);
            _table.Add(2, 0, false);
        }

        public override void Run(CommandContext context)
        {
            CommandTable commands = context.Commands;
            if (context.ArgumentCount == 0)
            {
                List(context, commands);
                return;
            }

            IConsoleCommand command = commands.Find(context.Line, 1);
            if (command == null)
            {
                context.UsageError(NoCommandNamed, 0, SeeHelp);
                return;
            }

            if (context.ArgumentCount > 1)
            {
                context.UnexpectedArgument(1);
                return;
            }

            ConsoleOutput output = context.Output;
            if (context.KeyValue)
            {
                Pairs(output, command);
                return;
            }

            output.Text(UsageStart);
            output.Text(command.Usage);
            output.NewLine();
            output.Text(command.Help);
            output.NewLine();
        }

        private void List(CommandContext context, CommandTable commands)
        {
            ConsoleOutput output = context.Output;
            _table.Reset();
            for (int i = 0; i < commands.Count; i++)
            {
                _table.Fit(UsageColumn, commands.Get(i).Usage);
            }

            for (int i = 0; i < commands.Count; i++)
            {
                IConsoleCommand command = commands.Get(i);
                if (context.KeyValue)
                {
                    Pairs(output, command);
                }
                else
                {
                    _table.Cell(output, UsageColumn, command.Usage);
                    _table.Cell(output, HelpColumn, command.Help);
                    output.NewLine();
                }
            }

            if (!context.KeyValue)
            {
                output.Text(KeyValueHint);
                output.NewLine();
            }
        }

        private static void Pairs(ConsoleOutput output, IConsoleCommand command)
        {
            output.Pair(CommandGroup, command.Name, UsageKey, command.Usage);
            output.Pair(CommandGroup, command.Name, HelpKey, command.Help);
        }
    }
}
