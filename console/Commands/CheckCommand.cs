using Keel.Pools;

namespace Keel.Console.Commands
{
    /// <summary>The check command: walks every pool's and ring's free lists and metadata and reports the first inconsistency.</summary>
    public class CheckCommand : ConsoleCommand
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string WalkedKey = "check.walked";
        private static readonly string ResultKey = "check.result";
        private static readonly string Ok = "ok";
        private static readonly string Problem = "problem";
        private static readonly string PoolKey = "check.pool";
        private static readonly string ProblemKey = "check.problem";
        private static readonly string PositionKey = "check.position";
        private static readonly string AllOkStart = "check: ok, ";
        private static readonly string AllOkEnd = " pools and rings consistent";
        private static readonly string AllOkEndOne = " pool or ring consistent";
        private static readonly string ProblemStart = "check: pool '";
        private static readonly string ProblemSeparator = "': ";
        private static readonly string PositionStart = " (position ";

        private readonly PoolRegistry _registry;

        public CheckCommand(PoolRegistry registry)
            : base("check", "check", "walks every pool's free lists, metadata and guard bytes")
        {
            _registry = registry;
        }

        public override void Run(CommandContext context)
        {
            if (!context.ExpectNoArguments())
            {
                return;
            }

            IntegrityProblem problem;
            int problemPosition;
            int position = _registry.CheckIntegrity(out problem, out problemPosition);
            ConsoleOutput output = context.Output;
            if (context.KeyValue)
            {
                output.Pair(WalkedKey, _registry.Count);
                output.Pair(ResultKey, position < 0 ? Ok : Problem);
                if (position >= 0)
                {
                    output.Pair(PoolKey, _registry.Get(position).Name);
                    output.Pair(ProblemKey, IntegrityText.Describe(problem));
                    output.Pair(PositionKey, problemPosition);
                }

                return;
            }

            if (position < 0)
            {
                output.Text(AllOkStart);
                output.Counted(_registry.Count, AllOkEndOne, AllOkEnd);
            }
            else
            {
                output.Text(ProblemStart);
                output.Text(_registry.Get(position).Name);
                output.Text(ProblemSeparator);
                output.Text(IntegrityText.Describe(problem));
                if (problemPosition >= 0)
                {
                    output.Text(PositionStart);
                    output.Decimal(problemPosition);
                    output.Character(')');
                }
            }

            output.NewLine();
        }
    }
}
