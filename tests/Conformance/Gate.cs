using System;
using System.IO;
using Keel.Conformance;
using Keel.Tests.PcOnly;

namespace Keel.Tests.Conformance
{
    /// <summary>One set of pins and stub assemblies per test run: generating and compiling the stubs is the slow part.</summary>
    public static class Gate
    {
        private static readonly Lazy<PackagePins> SharedPins = new Lazy<PackagePins>(
            () => ConformanceGate.PinsOf(RepositoryRoot.Path));

        private static readonly Lazy<StubSet> SharedStubs = new Lazy<StubSet>(
            () => StubSet.Load(Path.Combine(ConformanceGate.SharedFolder(RepositoryRoot.Path), "nanoframework-api")));

        private static readonly Lazy<ConformanceGate> RepositoryGate = new Lazy<ConformanceGate>(
            () => new ConformanceGate(RepositoryRoot.Path, Pins, Stubs));

        public static PackagePins Pins
        {
            get { return SharedPins.Value; }
        }

        public static StubSet Stubs
        {
            get { return SharedStubs.Value; }
        }

        /// <summary>The gate over the repository, reporting paths relative to its root.</summary>
        public static ConformanceGate Repository
        {
            get { return RepositoryGate.Value; }
        }

        /// <summary>A gate that reports paths relative to <paramref name="root"/> (a seeded project's folder).</summary>
        public static ConformanceGate For(string root)
        {
            return new ConformanceGate(root, Pins, Stubs);
        }
    }
}
