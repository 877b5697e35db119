using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Keel.Conformance;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.Conformance
{
    /// <summary>
    /// The real assemblies the gate compiles against: one for every pinned package at the pinned
    /// version, strong-named as the packages are, mscorlib from the CoreLibrary package in agreement
    /// with the kit's; and a plain verdict where ../shared lacks them.
    /// </summary>
    [TestClass]
    public class NanoAssembliesTests
    {
        /// <summary>The key token of every nanoFramework package's assemblies.</summary>
        private const string NanoFrameworkKeyToken = "c07d481e9758c731";

        [TestMethod]
        public void EveryPinnedPackageHasItsRealAssemblyAtThePinnedVersion()
        {
            foreach (PackagePin pin in Gate.Pins.Pins)
            {
                NanoAssembly assembly = Gate.Assemblies.Find(pin.AssemblyName);
                Assert.IsNotNull(assembly, pin.Source + ":" + pin.Line + " pins " + pin.PackageId + " but the gate has no " + pin.AssemblyName);
                Assert.IsTrue(assembly.IsVersion(pin.Version), pin.AssemblyName + " is " + assembly.Version + ", pinned " + pin.Version + " (" + assembly.Origin + ")");
                Assert.AreEqual(NanoFrameworkKeyToken, assembly.PublicKeyToken, pin.AssemblyName);
            }
        }

        [TestMethod]
        public void MscorlibComesFromTheCoreLibraryPackage()
        {
            NanoAssembly mscorlib = Gate.Assemblies.Find(NanoAssemblies.CoreLibrary);
            StringAssert.Contains(mscorlib.Origin, "nanoFramework.CoreLibrary package");
            Assert.AreEqual(new Version(1, 17, 11, 0), mscorlib.Version);
        }

        [TestMethod]
        public void TheKitsMscorlibIsThePackagesInVersionKeyAndPublicApi()
        {
            NanoAssembly packaged = NanoAssemblies.PackagedCoreLibrary();
            NanoAssembly kit = NanoAssembly.FromImage(File.ReadAllBytes(Path.Combine(Gate.Assemblies.KitFolder, "mscorlib.dll")).ToImmutableArray(), "kit");
            Assert.AreEqual(packaged.Version, kit.Version);
            Assert.AreEqual(packaged.PublicKeyToken, kit.PublicKeyToken);
            string[] packagedApi = PublicApi(packaged);
            CollectionAssert.AreEqual(packagedApi, PublicApi(kit), "the kit's mscorlib differs from the package's in its public API");
            Assert.IsTrue(packagedApi.Length > 1000, "read " + packagedApi.Length + " public members");
        }

        [TestMethod]
        public void TheHostMeasureCounterIsInTheKitWithoutAStrongName()
        {
            NanoAssembly hostMeasure = Gate.Assemblies.Find(NanoAssemblies.HostMeasure);
            Assert.AreEqual(Path.Combine(Gate.Assemblies.KitFolder, "nanoFramework.HostMeasure.dll"), hostMeasure.Origin);
            Assert.AreEqual("null", hostMeasure.PublicKeyToken);
        }

        [TestMethod]
        public void WithoutTheKitTheGateSaysItCannotCheckAnything()
        {
            DirectoryInfo workplace = Directory.CreateTempSubdirectory("keel-nokit");
            try
            {
                string repository = workplace.CreateSubdirectory("repo").FullName;
                File.WriteAllText(Path.Combine(workplace.CreateSubdirectory("shared").FullName, "NANOFRAMEWORK.md"),
                    "## Package pins\n\n| NuGet id | version | assembly |\n|---|---|---|\n| nanoFramework.CoreLibrary | 1.17.11 | mscorlib |\n");
                GateUnavailableException missing = Assert.ThrowsExactly<GateUnavailableException>(() => ConformanceGate.ForRepository(repository));
                StringAssert.Contains(missing.Message, Path.Combine(workplace.FullName, "shared", "nanoclr", "ref"));
                StringAssert.Contains(missing.Message, "which is missing here: no device project can be checked");
            }
            finally
            {
                workplace.Delete(true);
            }
        }

        [TestMethod]
        public void AGateThatCannotRunIsInconclusiveExceptUnderCi()
        {
            GateUnavailableException missing = new GateUnavailableException("no kit here");
            Assert.ThrowsExactly<AssertInconclusiveException>(() => Gate.CannotRun(missing, null));
            Assert.ThrowsExactly<AssertInconclusiveException>(() => Gate.CannotRun(missing, "false"));
            AssertFailedException failed = Assert.ThrowsExactly<AssertFailedException>(() => Gate.CannotRun(missing, "true"));
            StringAssert.Contains(failed.Message, "no kit here");
        }

        /// <summary>Every public type and its public and protected members, as C# writes their signatures.</summary>
        private static string[] PublicApi(NanoAssembly assembly)
        {
            CSharpCompilation compilation = CSharpCompilation.Create("Reader", references: new[] { assembly.Reference });
            IAssemblySymbol symbol = (IAssemblySymbol)compilation.GetAssemblyOrModuleSymbol(assembly.Reference);
            return Types(symbol.GlobalNamespace)
                .Where(type => type.DeclaredAccessibility == Accessibility.Public)
                .SelectMany(type => type.GetMembers()
                    .Where(member => member.DeclaredAccessibility == Accessibility.Public || member.DeclaredAccessibility == Accessibility.Protected)
                    .Select(member => type.ToDisplayString() + " " + member.ToDisplayString())
                    .Append(type.ToDisplayString()))
                .OrderBy(line => line, StringComparer.Ordinal)
                .ToArray();
        }

        private static IEnumerable<INamedTypeSymbol> Types(INamespaceOrTypeSymbol container)
        {
            return container.GetMembers().OfType<INamespaceOrTypeSymbol>()
                .SelectMany(member => member is INamedTypeSymbol type ? Types(type).Prepend(type) : Types(member));
        }
    }
}
