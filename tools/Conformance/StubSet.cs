using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Keel.Conformance
{
    /// <summary>
    /// The compile-only stub assemblies of every listed nanoFramework assembly, generated from the
    /// .api listings and compiled with Roslyn (mscorlib as the core library, no .NET references).
    /// </summary>
    public sealed class StubSet
    {
        public const string CoreLibrary = "mscorlib";

        private readonly Dictionary<string, ApiListing> _listings;
        private readonly ApiTypeIndex _index;
        private readonly Dictionary<string, CSharpCompilation> _compilations = new Dictionary<string, CSharpCompilation>(StringComparer.Ordinal);
        private readonly Dictionary<string, MetadataReference> _references = new Dictionary<string, MetadataReference>(StringComparer.Ordinal);
        private readonly object _gate = new object();

        public StubSet(Dictionary<string, ApiListing> listings)
        {
            if (!listings.ContainsKey(CoreLibrary))
            {
                throw new ArgumentException("The API listings have no " + CoreLibrary + ".api: nothing to compile device code against.");
            }

            _listings = listings;
            _index = new ApiTypeIndex(listings.Values);
        }

        public static StubSet Load(string apiFolder)
        {
            return new StubSet(ApiListing.LoadFolder(apiFolder));
        }

        public IReadOnlyCollection<string> AssemblyNames
        {
            get { return _listings.Keys; }
        }

        public bool Contains(string assemblyName)
        {
            return _listings.ContainsKey(assemblyName);
        }

        public ApiListing Listing(string assemblyName)
        {
            return _listings[assemblyName];
        }

        /// <summary>The generated C# of one stub assembly (the supplement included for mscorlib).</summary>
        public string Source(string assemblyName)
        {
            ApiListing listing = _listings[assemblyName];
            return StubGenerator.Generate(listing, _index, _listings.Keys.Where(name => name != assemblyName));
        }

        /// <summary>The other listed assemblies whose types one listing's signatures name (mscorlib always).</summary>
        public IReadOnlyList<string> Dependencies(string assemblyName)
        {
            SortedSet<string> dependencies = new SortedSet<string>(StringComparer.Ordinal);
            if (assemblyName != CoreLibrary)
            {
                dependencies.Add(CoreLibrary);
            }

            foreach (ApiType type in _listings[assemblyName].Types)
            {
                IEnumerable<string> texts = type.BaseTypes.Concat(type.Attributes).Append(type.DelegateReturnType)
                    .Concat(type.DelegateParameters.Select(p => p.Type + " " + p.Attributes + " " + p.DefaultValue))
                    .Concat(type.Members.SelectMany(m => m.Parameters.Select(p => p.Type + " " + p.Attributes + " " + p.DefaultValue).Append(m.Type).Concat(m.Attributes)));
                foreach (string text in texts)
                {
                    foreach (string name in ApiText.DottedNames(text))
                    {
                        string owner = _index.AssemblyOf(name);
                        if (owner != null && owner != assemblyName)
                        {
                            dependencies.Add(owner);
                        }
                    }
                }
            }

            return dependencies.ToList();
        }

        /// <summary>The stub compilation of one assembly, compiled once and kept.</summary>
        public CSharpCompilation Compilation(string assemblyName)
        {
            return Compilation(assemblyName, new List<string>());
        }

        /// <summary>A reference to the stub of one assembly, for compiling device code against it.</summary>
        public MetadataReference Reference(string assemblyName)
        {
            lock (_gate)
            {
                if (!_references.TryGetValue(assemblyName, out MetadataReference reference))
                {
                    reference = Compilation(assemblyName).ToMetadataReference();
                    _references.Add(assemblyName, reference);
                }

                return reference;
            }
        }

        private CSharpCompilation Compilation(string assemblyName, List<string> path)
        {
            lock (_gate)
            {
                if (_compilations.TryGetValue(assemblyName, out CSharpCompilation cached))
                {
                    return cached;
                }

                if (path.Contains(assemblyName))
                {
                    throw new InvalidOperationException("The API listings refer to each other in a cycle: " + string.Join(" -> ", path.Append(assemblyName)));
                }

                path.Add(assemblyName);
                List<MetadataReference> references = new List<MetadataReference>();
                foreach (string dependency in Dependencies(assemblyName))
                {
                    Compilation(dependency, path);
                    references.Add(Reference(dependency));
                }

                path.RemoveAt(path.Count - 1);
                CSharpParseOptions parse = new CSharpParseOptions(LanguageVersion.Latest);
                List<SyntaxTree> trees = new List<SyntaxTree>
                {
                    CSharpSyntaxTree.ParseText(Source(assemblyName), parse, assemblyName + ".stub.cs"),
                };

                if (assemblyName == CoreLibrary)
                {
                    trees.Add(CSharpSyntaxTree.ParseText(StubSupplement.MscorlibSource, parse, "StubSupplement.cs"));
                }

                CSharpCompilation compilation = CSharpCompilation.Create(
                    assemblyName,
                    trees,
                    references,
                    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
                _compilations.Add(assemblyName, compilation);
                return compilation;
            }
        }
    }
}
