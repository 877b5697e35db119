namespace Keel.Conformance
{
    /// <summary>A <c>Compile</c> or <c>ProjectReference</c> item of a device project: its full path and its line.</summary>
    public sealed class ProjectItem
    {
        public ProjectItem(string include, string fullPath, int line)
        {
            Include = include;
            FullPath = fullPath;
            Line = line;
        }

        /// <summary>The Include as written.</summary>
        public string Include { get; }

        public string FullPath { get; }

        public int Line { get; }
    }
}
