namespace Keel.Console.Commands
{
    /// <summary>The unlock command (allows commands that change state until lock or a restart) and the lock command (refuses them again).</summary>
    public class LockCommand : ConsoleCommand
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string UnlockedKey = "console.unlocked";
        private static readonly string LockedAnswer = "locked: commands that change state are refused until 'unlock'";
        private static readonly string UnlockedAnswer = "unlocked: commands that change state are allowed until 'lock' or a restart";

        private readonly bool _locks;

        /// <param name="locks">True for lock, false for unlock.</param>
        public LockCommand(bool locks)
            : base(locks ? "lock" : "unlock", locks ? "lock" : "unlock",
                locks ? "refuses commands that change state again" : "allows commands that change state, until 'lock' or a restart")
        {
            _locks = locks;
        }

        public override void Run(CommandContext context)
        {
            if (!context.ExpectNoArguments())
            {
                return;
            }

            if (_locks)
            {
                context.Lock();
            }
            else
            {
                context.Unlock();
            }

            if (context.KeyValue)
            {
                context.Output.Pair(UnlockedKey, _locks ? 0 : 1);
                return;
            }

            context.Output.Text(_locks
                ? LockedAnswer
                : UnlockedAnswer);
            context.Output.NewLine();
        }
    }
}
