namespace Keel.Console
{
    /// <summary>The version of Keel and the commit it was built from, as the console's version command and the boot banner print them.</summary>
    /// <remarks>
    /// The build (console/KeelCommit.targets) writes the other half of this partial class with
    /// the commit; a build without git has none, and <see cref="Commit"/> says "unknown". Both
    /// texts are made when the type is first used, at boot.
    /// </remarks>
    public static partial class KeelVersion
    {
        /// <summary>Semantic version of this source tree; raise it with each release.</summary>
        public static readonly string Text = "0.1.0";

        /// <summary>The commit this build was made from (short hash), or "unknown" when the build had no git.</summary>
        public static readonly string Commit = CommitOfBuild();

        /// <summary>Boot: the commit the build wrote, or "unknown".</summary>
        private static string CommitOfBuild()
        {
            string commit = null;
            BuildCommit(ref commit);
            return commit == null || commit.Length == 0 ? "unknown" : commit;
        }

        /// <summary>Boot: set by the file the build generates (obj/.../KeelCommit.g.cs); absent without git.</summary>
        static partial void BuildCommit(ref string commit);
    }
}
