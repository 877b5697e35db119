using System;
using System.Linq;
using Keel.Conformance;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.Conformance
{
    /// <summary>The .api format as ../shared/nanoframework-api/README.md describes it, read line by line.</summary>
    [TestClass]
    public class ApiListingTests
    {
        private const string Sample =
            "# assembly Demo 1.2.3.0\n"
            + "# references mscorlib 1.17.11.0\n"
            + "type public delegate System.Void Demo.Callback<T>(T value, System.Int32 count)\n"
            + "type [System.FlagsAttribute] public enum Demo.Mode : System.Byte\n"
            + "field public const Demo.Mode Demo.Mode.Fast = 2\n"
            + "type public sealed class Demo.Text : System.Collections.IEnumerable, System.IComparable\n"
            + "ctor public Demo.Text(System.Char[] value, System.Int32 start = 0)\n"
            + "method public System.String Demo.Text.PadLeft(System.Int32 totalWidth, System.Char paddingChar =  )\n"
            + "method public static System.Boolean Demo.Text.TryParse(System.String s, out System.Int32 result)\n"
            + "method public static System.Boolean Demo.Text.op_Equality(Demo.Text a, Demo.Text b)\n"
            + "property public System.Char Demo.Text.this[System.Int32 index] { get; protected set; }\n"
            + "event public System.EventHandler Demo.Text.Changed\n"
            + "type public enum Demo.Text.Kind : System.Int32\n";

        [TestMethod]
        public void TheHeaderNamesTheAssemblyAndItsReferences()
        {
            ApiListing listing = ApiListing.Parse(Sample, "Demo.api");
            Assert.AreEqual("Demo", listing.AssemblyName);
            Assert.AreEqual("1.2.3.0", listing.Version);
            CollectionAssert.AreEqual(new[] { "mscorlib" }, listing.References.ToArray());
            CollectionAssert.AreEqual(new[] { "Demo.Callback<T>", "Demo.Mode", "Demo.Text", "Demo.Text.Kind" }, listing.Types.Select(t => t.FullName).ToArray());
        }

        [TestMethod]
        public void TypeLinesGiveKindBasesAndTypeParameters()
        {
            ApiListing listing = ApiListing.Parse(Sample, "Demo.api");
            ApiType callback = listing.Types[0];
            Assert.AreEqual(ApiTypeKind.Delegate, callback.Kind);
            Assert.AreEqual("Demo.Callback`1", callback.Key);
            CollectionAssert.AreEqual(new[] { "T", "System.Int32" }, callback.DelegateParameters.Select(p => p.Type).ToArray());

            ApiType mode = listing.Types[1];
            Assert.AreEqual(ApiTypeKind.Enum, mode.Kind);
            CollectionAssert.AreEqual(new[] { "System.Byte" }, mode.BaseTypes.ToArray());
            Assert.AreEqual("2", mode.Members[0].Value);

            CollectionAssert.AreEqual(new[] { "System.Collections.IEnumerable", "System.IComparable" }, listing.Types[2].BaseTypes.ToArray());
        }

        [TestMethod]
        public void MemberLinesGiveNamesParametersDefaultsAndAccessors()
        {
            ApiType text = ApiListing.Parse(Sample, "Demo.api").Types[2];
            ApiMember ctor = text.Members[0];
            Assert.AreEqual(ApiMemberKind.Constructor, ctor.Kind);
            Assert.AreEqual("Text", ctor.Name);
            Assert.AreEqual("0", ctor.Parameters[1].DefaultValue);

            ApiParameter padding = text.Members[1].Parameters[1];
            Assert.AreEqual("System.Char", padding.Type);
            Assert.AreEqual(" ", padding.DefaultValue, "a char default is the character itself, here a space");

            Assert.AreEqual("out", text.Members[2].Parameters[1].Modifiers);
            Assert.AreEqual("op_Equality", text.Members[3].Name);
            Assert.IsTrue(text.Members[3].Is("static"));

            ApiMember indexer = text.Members[4];
            Assert.AreEqual("this", indexer.Name);
            CollectionAssert.AreEqual(new[] { "get", "protected set" }, indexer.Accessors.ToArray());
            Assert.AreEqual("System.Int32", indexer.Parameters[0].Type);

            Assert.AreEqual(ApiMemberKind.Event, text.Members[5].Kind);
            Assert.AreEqual("System.EventHandler", text.Members[5].Type);
        }

        [TestMethod]
        public void AnUnreadableLineIsReportedWithItsFileAndLine()
        {
            FormatException error = Assert.ThrowsExactly<FormatException>(() => ApiListing.Parse("# assembly Demo 1.0.0.0\ntype public class Demo.A\nwidget public Demo.A.B\n", "Demo.api"));
            StringAssert.StartsWith(error.Message, "Demo.api:3: cannot read this line");
        }

        [TestMethod]
        public void TheStubOfAListingHasItsMembersWithThrowNullBodies()
        {
            ApiListing listing = ApiListing.Parse(Sample, "Demo.api");
            string source = StubGenerator.Generate(listing, new ApiTypeIndex(new[] { listing }), new[] { "mscorlib" });
            StringAssert.Contains(source, "public delegate void Callback<T>(T value, global::System.Int32 count);");
            StringAssert.Contains(source, "public enum Mode : byte");
            StringAssert.Contains(source, "public global::System.String PadLeft(global::System.Int32 totalWidth, global::System.Char paddingChar = ' ') => throw null;");
            StringAssert.Contains(source, "public static global::System.Boolean operator ==(global::Demo.Text a, global::Demo.Text b) => throw null;");
            StringAssert.Contains(source, "public global::System.Char this[global::System.Int32 index] { get => throw null; protected set => throw null; }");
            StringAssert.Contains(source, "[assembly: global::System.Runtime.CompilerServices.InternalsVisibleTo(\"mscorlib\")]");
        }
    }
}
