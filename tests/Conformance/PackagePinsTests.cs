using System;
using System.Linq;
using Keel.Conformance;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.Conformance
{
    /// <summary>The pins are read from NANOFRAMEWORK.md's "Package pins" table, where people change them.</summary>
    [TestClass]
    public class PackagePinsTests
    {
        [TestMethod]
        public void ThePinsTableOfNanoFrameworkMdIsRead()
        {
            PackagePin core = Gate.Pins.ForAssembly("mscorlib");
            Assert.AreEqual("nanoFramework.CoreLibrary", core.PackageId);
            Assert.AreEqual("1.17.11", core.Version);
            Assert.AreSame(core, Gate.Pins.ForPackage("nanoFramework.CoreLibrary"));
            Assert.IsTrue(Gate.Pins.Pins.Count >= 8, "NANOFRAMEWORK.md pins at least eight packages");
        }

        [TestMethod]
        public void TheTestLauncherComesWithTheTestFrameworkPackage()
        {
            Assert.AreSame(Gate.Pins.ForPackage("nanoFramework.TestFramework"), Gate.Pins.ForAssembly("nanoFramework.UnitTestLauncher"));
        }

        [TestMethod]
        public void AnAssemblyNoPackageProvidesHasNoPin()
        {
            Assert.IsNull(Gate.Pins.ForAssembly("System.Math"));
            Assert.IsNull(Gate.Pins.ForAssembly("nanoFramework.HostMeasure"), "the kit's allocation counter has no package");
        }

        [TestMethod]
        public void ADocumentWithoutThePinsSectionIsRefused()
        {
            FormatException error = Assert.ThrowsExactly<FormatException>(() => PackagePins.Parse("# Facts\n\nNo table here.\n", "NOTES.md"));
            StringAssert.Contains(error.Message, "NOTES.md has no 'Package pins' section");
        }

        [TestMethod]
        public void ATableIsReadByItsColumnNames()
        {
            PackagePins pins = PackagePins.Parse(
                "## Package pins\n\n| assembly | version | NuGet id |\n|---|---|---|\n| mscorlib | 1.2.3 | Core |\n\nAfter the table.\n| not | a | pin |\n",
                "PINS.md");
            Assert.AreEqual(1, pins.Pins.Count);
            Assert.AreEqual("Core", pins.ForAssembly("mscorlib").PackageId);
            Assert.AreEqual(5, pins.Pins[0].Line);
        }

        [TestMethod]
        public void StreamsAndTextArePinnedByTheSharedPage()
        {
            PackagePin streams = Gate.Pins.ForAssembly("System.IO.Streams");
            Assert.AreEqual("nanoFramework.System.IO.Streams", streams.PackageId);
            Assert.AreEqual("1.1.96", streams.Version);
            Assert.AreEqual("NANOFRAMEWORK.md", streams.Source);
            Assert.AreEqual("1.3.42", Gate.Pins.ForAssembly("nanoFramework.System.Text").Version);
        }
    }
}
