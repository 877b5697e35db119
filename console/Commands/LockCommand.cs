namespace Keel.Console.Commands
{
    /// <summary>The lock command: refuses commands that change state again, as after a restart.</summary>
    public class LockCommand : IConsoleCommand
    {
        public string Name
        {
            get { return "lock"; }
        }

        public string Usage
        {
            get { return "lock"; }
        }

        public string Help
        {
            get { return "refuses commands that change state again"; }
        }

        public void Run(CommandContext context)
        {
            if (!context.ExpectNoArguments())
            {
                return;
            }

            context.Lock();
            if (context.KeyValue)
            {
                context.Output.Pair("console.unlocked", 0);
                return;
            }

            context.Output.Text("locked: commands that change state are refused until 'unlock'");
            context.Output.NewLine();
        }
    }
}
