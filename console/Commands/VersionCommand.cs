namespace Keel.Console.Commands
{
    /// <summary>The version command: Keel's version, the commit it was built from, and, when known, the board's name.</summary>
    public class VersionCommand : ConsoleCommand
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string VersionKey = "keel.version";
        private static readonly string BoardKey = "board.name";
        private static readonly string CommitKey = "keel.commit";
        private static readonly string CommitStart = " (commit ";
        private static readonly string KeelStart = "Keel ";
        private static readonly string OnBoard = " on board ";

        private readonly string _boardName;

        /// <param name="boardName">The board's name (the memory plan's), or null when unknown.</param>
        public VersionCommand(string boardName)
            : base("version", "version", "Keel's version, the commit it was built from, and the board")
        {
            _boardName = boardName;
        }

        public override void Run(CommandContext context)
        {
            if (!context.ExpectNoArguments())
            {
                return;
            }

            bool knownBoard = _boardName != null && _boardName.Length > 0;
            ConsoleOutput output = context.Output;
            if (context.KeyValue)
            {
                output.Pair(VersionKey, KeelVersion.Text);
                output.Pair(CommitKey, KeelVersion.Commit);
                if (knownBoard)
                {
                    output.Pair(BoardKey, _boardName);
                }

                return;
            }

            output.Text(KeelStart);
            output.Text(KeelVersion.Text);
            output.Text(CommitStart);
            output.Text(KeelVersion.Commit);
            output.Character(')');
            if (knownBoard)
            {
                output.Text(OnBoard);
                output.Text(_boardName);
            }

            output.NewLine();
        }
    }
}
