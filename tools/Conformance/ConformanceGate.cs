using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Keel.Conformance
{
    /// <summary>
    /// The nanoFramework conformance gate for device projects (<c>.nfproj</c>): checks the pins,
    /// compiles the project's file list against the real assemblies its references name (and the
    /// projects it references, compiled first), checks the language subset and, outside test
    /// projects, what steady-state code must not do (string literals, struct locals).
    /// </summary>
    public sealed class ConformanceGate
    {
        /// <summary>The symbol the nanoFramework project system defines for device builds.</summary>
        public const string DeviceSymbol = "NANOFRAMEWORK_1_0";

        private readonly string _root;
        private readonly PackagePins _pins;
        private readonly NanoAssemblies _assemblies;
        private readonly Dictionary<string, CSharpCompilation> _projects = new Dictionary<string, CSharpCompilation>(StringComparer.Ordinal);
        private readonly object _gate = new object();

        /// <param name="root">The folder messages name files relative to (the repository's root).</param>
        /// <param name="pins">The pins of NANOFRAMEWORK.md.</param>
        /// <param name="assemblies">The real nanoFramework assemblies.</param>
        public ConformanceGate(string root, PackagePins pins, NanoAssemblies assemblies)
        {
            _root = Path.GetFullPath(root);
            _pins = pins;
            _assemblies = assemblies;
        }

        /// <summary>The gate for a repository whose shared/ folder sits beside it (as in CI): pins and assemblies read from there.</summary>
        public static ConformanceGate ForRepository(string repositoryRoot)
        {
            return new ConformanceGate(repositoryRoot, PinsOf(repositoryRoot), AssembliesOf(repositoryRoot));
        }

        /// <summary>The pins of ../shared/NANOFRAMEWORK.md, the only place Keel's nanoFramework packages are pinned.</summary>
        public static PackagePins PinsOf(string repositoryRoot)
        {
            string page = Path.Combine(SharedFolder(repositoryRoot), "NANOFRAMEWORK.md");
            if (!File.Exists(page))
            {
                throw new GateUnavailableException("The gate reads the package pins from " + page
                    + " (../shared beside the repository, as in CI), which is missing here: no device project can be checked.");
            }

            return PackagePins.Load(page);
        }

        /// <summary>The real assemblies of ../shared/nanoclr/ref, with mscorlib from the CoreLibrary package.</summary>
        public static NanoAssemblies AssembliesOf(string repositoryRoot)
        {
            return NanoAssemblies.Load(Path.Combine(SharedFolder(repositoryRoot), "nanoclr", "ref"));
        }

        /// <summary><c>../shared</c> from the repository's root.</summary>
        public static string SharedFolder(string repositoryRoot)
        {
            return Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared"));
        }

        /// <summary>Every violation of one device project, in file and line order.</summary>
        public List<Violation> Check(string projectPath)
        {
            DeviceProject project = DeviceProject.Load(projectPath);
            List<Violation> violations = PinCheck.Check(project, _pins, _assemblies, _root);
            CSharpCompilation compilation = Compile(project, violations, new List<string>());
            string projectFile = Relative(project.FullPath);
            string against = string.Join(", ", project.References.Select(reference => _assemblies.Find(reference.AssemblyName))
                .Where(assembly => assembly != null).Select(assembly => assembly.Name + " " + assembly.Version));

            // Emit, not only bind: lowering needs members of its own (IsVolatile for a volatile field,
            // string.Concat for +, Monitor for lock), and a device build fails when the real assembly lacks them.
            ImmutableArray<Diagnostic> diagnostics;
            using (MemoryStream image = new MemoryStream())
            {
                diagnostics = compilation.Emit(image).Diagnostics;
            }

            foreach (Diagnostic diagnostic in diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
            {
                FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                string file = diagnostic.Location.IsInSource ? Relative(span.Path) : projectFile;
                violations.Add(new Violation(file, span.StartLinePosition.Line + 1, "nanoFramework API: " + diagnostic.Id + " "
                    + diagnostic.GetMessage() + " (compiled as " + project.FileName + " against " + (against.Length == 0 ? "no assembly" : against) + ")"));
            }

            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                SemanticModel model = compilation.GetSemanticModel(tree);
                LanguageSubsetWalker.Check(model, Relative(tree.FilePath), violations);

                // Test projects run no steady state of their own; the product's code is checked in its own project.
                if (!project.IsTestProject)
                {
                    SteadyStateWalker.Check(model, Relative(tree.FilePath), violations);
                }
            }

            violations.Sort();
            return violations;
        }

        /// <summary>
        /// The project's compilation: its Compile list, the real assemblies it references and the
        /// compilations of the projects it references. Kept, so a project referenced by many compiles once.
        /// </summary>
        private CSharpCompilation Compile(DeviceProject project, List<Violation> violations, List<string> path)
        {
            lock (_gate)
            {
                if (_projects.TryGetValue(project.FullPath, out CSharpCompilation cached) && violations == null)
                {
                    return cached;
                }

                string projectFile = Relative(project.FullPath);
                List<MetadataReference> references = new List<MetadataReference>();
                foreach (DeviceReference reference in project.References)
                {
                    NanoAssembly assembly = _assemblies.Find(reference.AssemblyName);
                    if (assembly != null)
                    {
                        references.Add(assembly.Reference);
                    }
                    else if (violations != null)
                    {
                        violations.Add(new Violation(projectFile, reference.Line, "nanoFramework API: no assembly '" + reference.AssemblyName + "' in "
                            + _assemblies.KitFolder + ", so nothing that uses it can be checked; drop the reference, or pin its package and add the assembly to the kit."));
                    }
                }

                path.Add(project.FullPath);
                foreach (ProjectItem item in project.ProjectReferences)
                {
                    if (path.Contains(item.FullPath))
                    {
                        violations?.Add(new Violation(projectFile, item.Line, "project references form a cycle through " + item.Include + "."));
                    }
                    else if (!File.Exists(item.FullPath))
                    {
                        violations?.Add(new Violation(projectFile, item.Line, "ProjectReference " + item.Include + " does not exist."));
                    }
                    else
                    {
                        DeviceProject referenced = DeviceProject.Load(item.FullPath);
                        references.Add(Compile(referenced, null, path).ToMetadataReference());
                    }
                }

                path.RemoveAt(path.Count - 1);
                CSharpParseOptions parse = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: project.DefineConstants.Append(DeviceSymbol));
                List<SyntaxTree> trees = new List<SyntaxTree>();
                foreach (ProjectItem source in project.Sources)
                {
                    if (File.Exists(source.FullPath))
                    {
                        trees.Add(CSharpSyntaxTree.ParseText(File.ReadAllText(source.FullPath), parse, source.FullPath));
                    }
                    else
                    {
                        violations?.Add(new Violation(projectFile, source.Line, "Compile " + source.Include + " is listed but does not exist."));
                    }
                }

                CSharpCompilationOptions options = new CSharpCompilationOptions(
                    project.IsExecutable ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: NullableContextOptions.Disable,
                    allowUnsafe: false);
                CSharpCompilation compilation = CSharpCompilation.Create(project.AssemblyName, trees, references, options);
                _projects[project.FullPath] = compilation;
                return compilation;
            }
        }

        private string Relative(string path)
        {
            return Path.GetRelativePath(_root, path).Replace('\\', '/');
        }
    }
}
