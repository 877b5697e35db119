using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Keel.Conformance;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.Conformance
{
    /// <summary>
    /// The stub assemblies the gate compiles against: each compiles cleanly, mscorlib as a core
    /// library with no .NET reference, and each has every listed type and member with its listed
    /// parameter types, so the gate neither invents nor loses API.
    /// </summary>
    [TestClass]
    public class StubSetTests
    {
        private static readonly SymbolDisplayFormat ListingFormat = new SymbolDisplayFormat(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
            miscellaneousOptions: SymbolDisplayMiscellaneousOptions.None);

        public static IEnumerable<object[]> Assemblies()
        {
            return Gate.Stubs.AssemblyNames.OrderBy(name => name, StringComparer.Ordinal).Select(name => new object[] { name });
        }

        [TestMethod]
        [DynamicData(nameof(Assemblies))]
        public void TheStubCompilesWithoutErrors(string assembly)
        {
            CSharpCompilation compilation = Gate.Stubs.Compilation(assembly);
            using (MemoryStream image = new MemoryStream())
            {
                Diagnostic[] errors = compilation.Emit(image).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
                Assert.AreEqual(0, errors.Length, assembly + " stub:\n" + string.Join("\n", errors.Take(20)));
            }
        }

        [TestMethod]
        public void TheStubMscorlibIsTheCoreLibraryAndReferencesNothing()
        {
            CSharpCompilation mscorlib = Gate.Stubs.Compilation(StubSet.CoreLibrary);
            Assert.AreEqual(0, mscorlib.References.Count());
            Assert.AreSame(mscorlib.Assembly, mscorlib.GetSpecialType(SpecialType.System_Object).ContainingAssembly);
            Assert.IsNull(mscorlib.GetTypeByMetadataName("System.Math"), "nanoFramework's mscorlib has no System.Math (it is a package of its own)");
            Assert.IsNull(mscorlib.GetTypeByMetadataName("System.Nullable`1"));
        }

        [TestMethod]
        public void AStubReferencesTheListingsItsSignaturesName()
        {
            CollectionAssert.AreEquivalent(new[] { "mscorlib", "nanoFramework.Runtime.Events" }, Gate.Stubs.Dependencies("System.Device.Gpio").ToArray());
            CollectionAssert.AreEquivalent(new[] { "mscorlib", "System.IO.Streams" }, Gate.Stubs.Dependencies("System.IO.FileSystem").ToArray());
        }

        [TestMethod]
        [DynamicData(nameof(Assemblies))]
        public void EveryListedTypeAndMemberIsInTheStub(string assembly)
        {
            ApiListing listing = Gate.Stubs.Listing(assembly);
            CSharpCompilation compilation = Gate.Stubs.Compilation(assembly);
            HashSet<string> listedTypes = new HashSet<string>(listing.Types.Select(t => t.MetadataName), StringComparer.Ordinal);
            List<string> missing = new List<string>();
            foreach (ApiType type in listing.Types)
            {
                INamedTypeSymbol symbol = compilation.Assembly.GetTypeByMetadataName(RoslynName(type, listedTypes));
                if (symbol == null)
                {
                    missing.Add(listing.Source + ":" + type.Line + " type " + type.FullName);
                    continue;
                }

                HashSet<string> stubMembers = new HashSet<string>(symbol.GetMembers().Select(Signature), StringComparer.Ordinal);
                foreach (ApiMember member in type.Members)
                {
                    string expected = Signature(member);
                    if (!stubMembers.Contains(expected))
                    {
                        missing.Add(listing.Source + ":" + member.Line + " " + expected);
                    }
                }
            }

            Assert.AreEqual(0, missing.Count, "listed but not in the stub:\n" + string.Join("\n", missing.Take(30)));
        }

        private static string RoslynName(ApiType type, HashSet<string> listedTypes)
        {
            string name = type.MetadataName;
            int dot = name.LastIndexOf('.');
            string outer = dot < 0 ? string.Empty : name.Substring(0, dot);
            string simple = type.TypeParameterCount == 0 ? type.SimpleName : type.SimpleName + "`" + type.TypeParameterCount;
            return listedTypes.Contains(outer) ? RoslynNameOfOuter(outer, listedTypes) + "+" + simple : (outer.Length == 0 ? simple : outer + "." + simple);
        }

        private static string RoslynNameOfOuter(string metadataName, HashSet<string> listedTypes)
        {
            int dot = metadataName.LastIndexOf('.');
            string outer = metadataName.Substring(0, dot);
            string simple = metadataName.Substring(dot + 1);
            return listedTypes.Contains(outer) ? RoslynNameOfOuter(outer, listedTypes) + "+" + simple : metadataName;
        }

        /// <summary>Name and parameter types as the listing writes them: <c>OpenPin(System.Int32,System.Device.Gpio.PinMode)</c>.</summary>
        private static string Signature(ApiMember member)
        {
            string name = member.Kind switch
            {
                ApiMemberKind.Constructor => ".ctor",
                ApiMemberKind.Property when member.Name == "this" => "this[]",
                _ => member.Name,
            };
            return member.Kind + " " + name + "(" + string.Join(",", member.Parameters.Select(p => RefPrefix(p.Modifiers) + p.Type)) + ")";
        }

        private static string Signature(ISymbol symbol)
        {
            switch (symbol)
            {
                case IMethodSymbol method:
                    ApiMemberKind kind = method.MethodKind == MethodKind.Constructor ? ApiMemberKind.Constructor : ApiMemberKind.Method;
                    return kind + " " + method.MetadataName.Split('`')[0] + Parameters(method.Parameters);
                case IPropertySymbol property:
                    return ApiMemberKind.Property + " " + (property.IsIndexer ? "this[]" : property.Name) + Parameters(property.Parameters);
                case IEventSymbol handler:
                    return ApiMemberKind.Event + " " + handler.Name + "()";
                case IFieldSymbol field:
                    return ApiMemberKind.Field + " " + field.Name + "()";
                default:
                    return symbol.Kind + " " + symbol.Name;
            }
        }

        private static string Parameters(IEnumerable<IParameterSymbol> parameters)
        {
            return "(" + string.Join(",", parameters.Select(p => RefPrefix(p.RefKind) + p.Type.ToDisplayString(ListingFormat))) + ")";
        }

        private static string RefPrefix(string modifiers)
        {
            foreach (string word in modifiers.Split(' '))
            {
                if (word == "ref" || word == "out" || word == "in")
                {
                    return word + " ";
                }
            }

            return string.Empty;
        }

        private static string RefPrefix(RefKind kind)
        {
            return kind switch
            {
                RefKind.Ref => "ref ",
                RefKind.Out => "out ",
                RefKind.In => "in ",
                _ => string.Empty,
            };
        }
    }
}
