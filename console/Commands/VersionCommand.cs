namespace Keel.Console.Commands
{
    /// <summary>The version command: Keel's version and, when known, the board's name.</summary>
    public class VersionCommand : ConsoleCommand
    {
        private readonly string _boardName;

        /// <param name="boardName">The board's name (the memory plan's), or null when unknown.</param>
        public VersionCommand(string boardName)
            : base("version", "version", "Keel's version and the board")
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
                output.Pair("keel.version", KeelVersion.Text);
                if (knownBoard)
                {
                    output.Pair("board.name", _boardName);
                }

                return;
            }

            output.Text("Keel ");
            output.Text(KeelVersion.Text);
            if (knownBoard)
            {
                output.Text(" on board ");
                output.Text(_boardName);
            }

            output.NewLine();
        }
    }
}
