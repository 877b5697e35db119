using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Keel.Bench
{
    /// <summary>The suite's command line: --quick, --filter PATTERN..., --report FILE, --help.</summary>
    public sealed class SuiteOptions
    {
        public const string Usage =
            "dotnet run -c Release --project bench [-- options]\n"
            + "  --quick            short BenchmarkDotNet jobs run in-process and a tenth of the two-thread items\n"
            + "                     (the tail test keeps its 10,000,000 cycles): a check in a few minutes, not a result\n"
            + "  --filter P [P...]  run only the parts whose name matches a glob (* and ?), as BenchmarkDotNet does:\n"
            + "                     Keel.Bench.<Class>.<Method> for the BenchmarkDotNet rows,\n"
            + "                     " + TwoThreadThroughput.PartName + " and " + TailLatency.PartName + "\n"
            + "  --report FILE      write the results between the results markers of FILE (docs/benchmarks.md)\n"
            + "  --device           instead of the .NET suite, run bench/Device on the real nanoFramework interpreter\n"
            + "                     through the kit's nfrun (../shared/nanoclr, or the directory in KEEL_NANOCLR);\n"
            + "                     with --report it writes the device table between the device markers\n"
            + "  --help             this text";

        private readonly List<string> _filters = new List<string>();
        private readonly List<Regex> _patterns = new List<Regex>();

        public bool Quick { get; private set; }

        public bool Help { get; private set; }

        public bool Device { get; private set; }

        public string ReportPath { get; private set; }

        public IReadOnlyList<string> Filters
        {
            get { return _filters; }
        }

        /// <summary>Reads the arguments; throws ArgumentException naming the one it does not know.</summary>
        public static SuiteOptions Parse(string[] args)
        {
            var options = new SuiteOptions();
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--quick":
                        options.Quick = true;
                        break;
                    case "--device":
                        options.Device = true;
                        break;
                    case "--help":
                    case "-h":
                        options.Help = true;
                        break;
                    case "--report":
                        if (i + 1 == args.Length)
                        {
                            throw new ArgumentException("--report needs a file name, for example --report docs/benchmarks.md");
                        }

                        options.ReportPath = args[++i];
                        break;
                    case "--filter":
                        if (i + 1 == args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                        {
                            throw new ArgumentException("--filter needs at least one pattern, for example --filter '*Ring*'");
                        }

                        while (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                        {
                            options.AddFilter(args[++i]);
                        }

                        break;
                    default:
                        throw new ArgumentException("Unknown argument '" + args[i] + "'.\n" + Usage);
                }
            }

            return options;
        }

        /// <summary>Whether a part or benchmark of this full name runs: always without filters.</summary>
        public bool Selects(string fullName)
        {
            if (_patterns.Count == 0)
            {
                return true;
            }

            foreach (Regex pattern in _patterns)
            {
                if (pattern.IsMatch(fullName))
                {
                    return true;
                }
            }

            return false;
        }

        private void AddFilter(string glob)
        {
            _filters.Add(glob);

            // The same translation BenchmarkDotNet's GlobFilter makes, so one pattern means the same everywhere.
            string regex = "^" + Regex.Escape(glob).Replace(@"\*", ".*").Replace(@"\?", ".") + "$";
            _patterns.Add(new Regex(regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
        }
    }
}
