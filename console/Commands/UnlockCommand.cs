namespace Keel.Console.Commands
{
    /// <summary>The unlock command: allows commands that change state (pin writes, erasing, resetting statistics) until lock or a restart.</summary>
    public class UnlockCommand : IConsoleCommand
    {
        public string Name
        {
            get { return "unlock"; }
        }

        public string Usage
        {
            get { return "unlock"; }
        }

        public string Help
        {
            get { return "allows commands that change state, until 'lock' or a restart"; }
        }

        public void Run(CommandContext context)
        {
            if (!context.ExpectNoArguments())
            {
                return;
            }

            context.Unlock();
            if (context.KeyValue)
            {
                context.Output.Pair("console.unlocked", 1);
                return;
            }

            context.Output.Text("unlocked: commands that change state are allowed until 'lock' or a restart");
            context.Output.NewLine();
        }
    }
}
