using Keel.Console;

namespace Keel.Tests
{
    /// <summary>A test command that prints its arguments back, each in brackets, so tests see exactly how a line was split.</summary>
    public class SayCommand : IConsoleCommand
    {
        public string Name
        {
            get { return "say"; }
        }

        public string Usage
        {
            get { return "say WORD..."; }
        }

        public string Help
        {
            get { return "prints its arguments"; }
        }

        public void Run(CommandContext context)
        {
            ConsoleOutput output = context.Output;
            output.Text("said");
            for (int i = 0; i < context.ArgumentCount; i++)
            {
                output.Text(" [");
                context.WriteArgument(i);
                output.Text("]");
            }

            output.NewLine();
        }
    }
}
