using Keel.Console;

namespace Keel.Tests
{
    /// <summary>A test command that prints its arguments back, each in brackets, so tests see exactly how a line was split.</summary>
    public class SayCommand : ConsoleCommand
    {
        public SayCommand()
            : base("say", "say WORD...", "prints its arguments")
        {
        }

        public override void Run(CommandContext context)
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
