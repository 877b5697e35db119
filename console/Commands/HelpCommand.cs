namespace Keel.Console.Commands
{
    /// <summary>The help command: every registered command with its usage and one line of help.</summary>
    public class HelpCommand : ConsoleCommand
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string CommandGroup = "command";
        private static readonly string UsageKey = "usage";
        private static readonly string HelpKey = "help";
        private static readonly string KeyValueHint = "Add --kv for key=value lines; commands that change state need 'unlock'.";

        private const int UsageWidth = 16;

        public HelpCommand()
            : base("help", "help", "lists the commands")
        {
        }

        public override void Run(CommandContext context)
        {
            if (!context.ExpectNoArguments())
            {
                return;
            }

            ConsoleOutput output = context.Output;
            CommandTable commands = context.Commands;
            for (int i = 0; i < commands.Count; i++)
            {
                IConsoleCommand command = commands.Get(i);
                if (context.KeyValue)
                {
                    output.Pair(CommandGroup, command.Name, UsageKey, command.Usage);
                    output.Pair(CommandGroup, command.Name, HelpKey, command.Help);
                }
                else
                {
                    output.TextColumn(command.Usage, UsageWidth);
                    output.Text(command.Help);
                    output.NewLine();
                }
            }

            if (!context.KeyValue)
            {
                output.Text(KeyValueHint);
                output.NewLine();
            }
        }
    }
}
