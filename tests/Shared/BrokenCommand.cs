using System;
using Keel.Console;

namespace Keel.Tests
{
    /// <summary>A command with a bug: it throws, so tests can see the console survive it.</summary>
    public class BrokenCommand : ConsoleCommand
    {
        public BrokenCommand()
            : base("broken", "broken", "always throws")
        {
        }

        public override void Run(CommandContext context)
        {
            throw new InvalidOperationException("index out of step");
        }
    }
}
