using Keel.Console;

namespace Keel.Tests
{
    /// <summary>A driver-style command registered after the standard ones: reads a pin freely, writes it only when unlocked.</summary>
    public class PinCommand : ConsoleCommand
    {
        public readonly int[] Levels = new int[4];

        public PinCommand()
            : base("pin", "pin N [0|1]", "reads pin N, or writes it (needs unlock)")
        {
        }

        public override void Run(CommandContext context)
        {
            int pin;
            int level = 0;
            bool write = context.ArgumentCount == 2;
            if (context.ArgumentCount < 1 || context.ArgumentCount > 2)
            {
                context.UsageError("give a pin number");
                return;
            }

            if (!context.TryParseArgument(0, out pin) || pin < 0 || pin >= Levels.Length)
            {
                context.UsageError("no pin ", 0, " (pins are 0 to 3)");
                return;
            }

            if (write && (!context.TryParseArgument(1, out level) || level < 0 || level > 1))
            {
                context.UsageError("level ", 1, " is not 0 or 1");
                return;
            }

            if (write)
            {
                if (!context.RequireUnlocked("pin write"))
                {
                    return;
                }

                Levels[pin] = level;
            }

            context.Output.Text("pin ");
            context.Output.Decimal(pin);
            context.Output.Text(write ? " set to " : " reads ");
            context.Output.Decimal(Levels[pin]);
            context.Output.NewLine();
        }
    }
}
