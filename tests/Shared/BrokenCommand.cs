using System;
using Keel.Console;

namespace Keel.Tests
{
    /// <summary>A command with a bug: it throws, so tests can see the console survive it.</summary>
    public class BrokenCommand : IConsoleCommand
    {
        public string Name
        {
            get { return "broken"; }
        }

        public string Usage
        {
            get { return "broken"; }
        }

        public string Help
        {
            get { return "always throws"; }
        }

        public void Run(CommandContext context)
        {
            throw new InvalidOperationException("index out of step");
        }
    }
}
