using Keel.Pools;

namespace Keel.Console.Commands
{
    /// <summary>The check command: walks every pool's and ring's free lists and metadata and reports the first inconsistency.</summary>
    public class CheckCommand : ConsoleCommand
    {
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
                output.Pair("check.walked", _registry.Count);
                output.Pair("check.result", position < 0 ? "ok" : "problem");
                if (position >= 0)
                {
                    output.Pair("check.pool", _registry.Get(position).Name);
                    output.Pair("check.problem", IntegrityText.Describe(problem));
                    output.Pair("check.position", problemPosition);
                }

                return;
            }

            if (position < 0)
            {
                output.Text("check: ok, ");
                output.Decimal(_registry.Count);
                output.Text(" pools and rings consistent");
            }
            else
            {
                output.Text("check: pool '");
                output.Text(_registry.Get(position).Name);
                output.Text("': ");
                output.Text(IntegrityText.Describe(problem));
                if (problemPosition >= 0)
                {
                    output.Text(" (position ");
                    output.Decimal(problemPosition);
                    output.Character(')');
                }
            }

            output.NewLine();
        }
    }
}
