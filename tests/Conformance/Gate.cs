using System;
using Keel.Conformance;
using Keel.Tests.PcOnly;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.Conformance
{
    /// <summary>
    /// One set of pins and real assemblies per test run, read from ../shared. Where ../shared lacks
    /// them the gate cannot check anything: its tests are inconclusive on a developer machine and
    /// fail under CI=true (CI always has ../shared).
    /// </summary>
    public static class Gate
    {
        private static readonly Lazy<PackagePins> SharedPins = new Lazy<PackagePins>(
            () => ConformanceGate.PinsOf(RepositoryRoot.Path));

        private static readonly Lazy<NanoAssemblies> SharedAssemblies = new Lazy<NanoAssemblies>(
            () => ConformanceGate.AssembliesOf(RepositoryRoot.Path));

        private static readonly Lazy<ConformanceGate> RepositoryGate = new Lazy<ConformanceGate>(
            () => new ConformanceGate(RepositoryRoot.Path, Pins, Assemblies));

        public static PackagePins Pins
        {
            get { return Available(SharedPins); }
        }

        public static NanoAssemblies Assemblies
        {
            get { return Available(SharedAssemblies); }
        }

        /// <summary>The gate over the repository, reporting paths relative to its root.</summary>
        public static ConformanceGate Repository
        {
            get { return Available(RepositoryGate); }
        }

        /// <summary>A gate that reports paths relative to <paramref name="root"/> (a seeded project's folder).</summary>
        public static ConformanceGate For(string root)
        {
            return new ConformanceGate(root, Pins, Assemblies);
        }

        /// <summary>Ends the test as inconclusive, or as failed when <paramref name="ciVariable"/> (the CI environment variable) is true.</summary>
        public static void CannotRun(GateUnavailableException missing, string ciVariable)
        {
            if (string.Equals(ciVariable, "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(missing.Message);
            }

            Assert.Inconclusive(missing.Message);
        }

        private static T Available<T>(Lazy<T> part)
        {
            try
            {
                return part.Value;
            }
            catch (GateUnavailableException missing)
            {
                CannotRun(missing, Environment.GetEnvironmentVariable("CI"));
                throw;
            }
        }
    }
}
