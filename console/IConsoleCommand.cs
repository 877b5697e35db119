namespace Keel.Console
{
    /// <summary>One console command: a name, a usage line, a one-line help, and the code that runs it. Registered at boot.</summary>
    /// <remarks>
    /// A driver offers its own command by implementing this interface (most simply by deriving
    /// from <see cref="ConsoleCommand"/>); the firmware adds it to the console's
    /// <see cref="CommandTable"/> at boot. Run must allocate nothing: it reads its
    /// arguments and writes its output through the <see cref="CommandContext"/>, and before it
    /// changes any state it calls <see cref="CommandContext.RequireUnlocked"/>.
    /// </remarks>
    public interface IConsoleCommand
    {
        /// <summary>What the user types: one word of printable ASCII ("pools").</summary>
        string Name { get; }

        /// <summary>The name with its arguments, as help and error messages show it ("pool NAME").</summary>
        string Usage { get; }

        /// <summary>One line saying what the command shows or does.</summary>
        string Help { get; }

        /// <summary>Runs the command for the line in context; errors are written through the context, not thrown.</summary>
        void Run(CommandContext context);
    }
}
