namespace Keel.Console.Commands
{
    /// <summary>The help command: every registered command with its usage and one line of help.</summary>
    public class HelpCommand : ConsoleCommand
    {
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
                    output.Pair("command", command.Name, "usage", command.Usage);
                    output.Pair("command", command.Name, "help", command.Help);
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
                output.Text("Add --kv for key=value lines; commands that change state need 'unlock'.");
                output.NewLine();
            }
        }
    }
}
