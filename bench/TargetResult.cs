namespace Keel.Bench
{
    /// <summary>One target of the issue, what it asks, what the run measured, and whether it was met (null: not run).</summary>
    public sealed class TargetResult
    {
        public TargetResult(string target, string required, string measured, bool? met)
        {
            Target = target;
            Required = required;
            Measured = measured;
            Met = met;
        }

        public string Target { get; }

        public string Required { get; }

        public string Measured { get; }

        public bool? Met { get; }

        public string Verdict
        {
            get { return Met == null ? "not run" : (Met.Value ? "met" : "MISSED"); }
        }
    }
}
