using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Keel.Conformance
{
    /// <summary>
    /// Finds the C# features nanoFramework's runtime does not support, even where the code would
    /// compile against the real assemblies: generics (mscorlib itself has <c>Action&lt;T&gt;</c>), async,
    /// LINQ, unsafe code, multidimensional arrays, records, init, tuples, nullable value types,
    /// default interface members and volatile fields.
    /// </summary>
    public sealed class LanguageSubsetWalker : CSharpSyntaxWalker
    {
        private const string NoGenerics = "nanoFramework has no generics; use typed arrays (structure of arrays), int handles or one overload per type";

        /// <summary>
        /// Nodes that are unsupported wherever they stand, with the reason; {0} is the node's text.
        /// Generic uses, nullable types and interfaces need more than the node kind and have visitors of their own.
        /// </summary>
        private static readonly Dictionary<SyntaxKind, string> Unsupported = new Dictionary<SyntaxKind, string>
        {
            { SyntaxKind.AwaitExpression, "'await': nanoFramework has no async/await or Task; run the work on a thread or poll it from the main loop" },
            { SyntaxKind.QueryExpression, "LINQ query: nanoFramework has no LINQ; write the loop over the array" },
            { SyntaxKind.UnsafeStatement, "'unsafe' block: nanoFramework runs no unsafe code; use arrays and indices" },
            { SyntaxKind.FixedStatement, "'fixed' statement: nanoFramework has no pointers; use arrays and indices" },
            { SyntaxKind.PointerType, "pointer type '{0}': nanoFramework has no pointers; use arrays and indices" },
            { SyntaxKind.FunctionPointerType, "function pointer '{0}': nanoFramework has no pointers; use a delegate" },
            { SyntaxKind.AddressOfExpression, "pointer operation '{0}': nanoFramework has no pointers; use arrays and indices" },
            { SyntaxKind.PointerIndirectionExpression, "pointer operation '{0}': nanoFramework has no pointers; use arrays and indices" },
            { SyntaxKind.PointerMemberAccessExpression, "pointer operation '{0}': nanoFramework has no pointers; use arrays and indices" },
            { SyntaxKind.StackAllocArrayCreationExpression, "'stackalloc': nanoFramework has no stack allocation; use a buffer allocated at boot" },
            { SyntaxKind.ImplicitStackAllocArrayCreationExpression, "'stackalloc': nanoFramework has no stack allocation; use a buffer allocated at boot" },
            { SyntaxKind.InitAccessorDeclaration, "'init' accessor: nanoFramework has no init-only setters; set the value in a constructor and expose a get-only property" },
            { SyntaxKind.TupleType, "tuple type '{0}': nanoFramework has no ValueTuple; use out parameters or a small struct" },
            { SyntaxKind.TupleExpression, "tuple '{0}': nanoFramework has no ValueTuple; use out parameters or a small struct" },
            { SyntaxKind.ParenthesizedVariableDesignation, "deconstruction '{0}': nanoFramework has no ValueTuple; use out parameters or a small struct" },
        };

        private readonly SemanticModel _model;
        private readonly string _file;
        private readonly List<Violation> _violations;

        private LanguageSubsetWalker(SemanticModel model, string file, List<Violation> violations)
        {
            _model = model;
            _file = file;
            _violations = violations;
        }

        /// <summary>Adds to <paramref name="violations"/> every use of an unsupported feature in one source file.</summary>
        public static void Check(SemanticModel model, string file, List<Violation> violations)
        {
            new LanguageSubsetWalker(model, file, violations).Visit(model.SyntaxTree.GetRoot());
        }

        public override void Visit(SyntaxNode node)
        {
            if (node != null)
            {
                if (Unsupported.TryGetValue(node.Kind(), out string reason))
                {
                    Report(node, reason.Replace("{0}", node.ToString()));
                }

                SyntaxTokenList modifiers = node switch
                {
                    MemberDeclarationSyntax member => member.Modifiers,
                    LocalFunctionStatementSyntax local => local.Modifiers,
                    AnonymousFunctionExpressionSyntax function => function.Modifiers,
                    _ => default,
                };
                CheckModifiers(modifiers, Describe(node));
                if (node is TypeDeclarationSyntax type)
                {
                    CheckTypeParameters(type);
                }
            }

            base.Visit(node);
        }

        public override void VisitInterfaceDeclaration(InterfaceDeclarationSyntax node)
        {
            foreach (MemberDeclarationSyntax member in node.Members)
            {
                if (HasBody(member) || member.Modifiers.Any(SyntaxKind.StaticKeyword))
                {
                    Report(member, "default interface member in '" + node.Identifier.Text + "': nanoFramework does not support interface members with a body or static ones; implement it in the classes");
                }
            }

            base.VisitInterfaceDeclaration(node);
        }

        public override void VisitRecordDeclaration(RecordDeclarationSyntax node)
        {
            Report(node, "record '" + node.Identifier.Text + "': nanoFramework has no records; write a class or struct with explicit members");
            base.VisitRecordDeclaration(node);
        }

        public override void VisitDelegateDeclaration(DelegateDeclarationSyntax node)
        {
            if (node.TypeParameterList != null)
            {
                Report(node, "declares generic delegate '" + node.Identifier.Text + node.TypeParameterList + "': " + NoGenerics);
            }

            base.VisitDelegateDeclaration(node);
        }

        public override void VisitMethodDeclaration(MethodDeclarationSyntax node)
        {
            if (node.TypeParameterList != null)
            {
                Report(node.Identifier, "declares generic method '" + node.Identifier.Text + node.TypeParameterList + "': " + NoGenerics);
            }

            base.VisitMethodDeclaration(node);
        }

        public override void VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
        {
            if (node.TypeParameterList != null)
            {
                Report(node.Identifier, "declares generic local function '" + node.Identifier.Text + node.TypeParameterList + "': " + NoGenerics);
            }

            base.VisitLocalFunctionStatement(node);
        }

        public override void VisitArrayRankSpecifier(ArrayRankSpecifierSyntax node)
        {
            if (node.Rank > 1)
            {
                Report(node, "multidimensional array '" + node.Parent + "': nanoFramework has one-dimensional arrays only; use a jagged array or index a flat one (row * width + column)");
            }

            base.VisitArrayRankSpecifier(node);
        }

        public override void VisitNullableType(NullableTypeSyntax node)
        {
            ITypeSymbol element = _model.GetTypeInfo(node.ElementType).Type;
            bool valueType = element != null && (element.IsValueType || element.TypeKind == TypeKind.TypeParameter);
            if (valueType || IsValueKeyword(node.ElementType))
            {
                Report(node, "nullable value type '" + node + "': nanoFramework has no Nullable<T>; use a sentinel value (such as -1) or a separate bool");
            }

            base.VisitNullableType(node);
        }

        public override void VisitGenericName(GenericNameSyntax node)
        {
            ISymbol symbol = _model.GetSymbolInfo(node).Symbol;
            string what = symbol is IMethodSymbol ? "calls generic method" : "uses generic type";
            Report(node, what + " '" + node + "': " + NoGenerics);
            base.VisitGenericName(node);
        }

        public override void VisitIdentifierName(IdentifierNameSyntax node)
        {
            // Generic uses that write no type arguments: an inferred generic method call, or `var` standing for a generic type.
            ISymbol symbol = _model.GetSymbolInfo(node).Symbol;
            if (symbol is IMethodSymbol method && method.IsGenericMethod)
            {
                Report(node, "calls generic method '" + method.ToDisplayString() + "' (type arguments inferred): " + NoGenerics);
            }
            else if (node.IsVar && symbol is INamedTypeSymbol named && named.IsGenericType)
            {
                Report(node, "'var' stands for generic type '" + named.ToDisplayString() + "': " + NoGenerics);
            }

            base.VisitIdentifierName(node);
        }

        private void CheckTypeParameters(TypeDeclarationSyntax node)
        {
            if (node.TypeParameterList != null)
            {
                Report(node.Identifier, "declares generic " + node.Keyword.Text + " '" + node.Identifier.Text + node.TypeParameterList + "': " + NoGenerics);
            }
        }

        /// <summary>What a declaration with modifiers is, for messages: <c>method 'Go'</c>, <c>field</c>, <c>lambda</c>.</summary>
        private static string Describe(SyntaxNode node)
        {
            return node switch
            {
                MethodDeclarationSyntax method => "method '" + method.Identifier.Text + "'",
                LocalFunctionStatementSyntax local => "local function '" + local.Identifier.Text + "'",
                PropertyDeclarationSyntax property => "property '" + property.Identifier.Text + "'",
                TypeDeclarationSyntax type => type.Keyword.Text + " '" + type.Identifier.Text + "'",
                EnumDeclarationSyntax type => "enum '" + type.Identifier.Text + "'",
                BaseFieldDeclarationSyntax => "field",
                ConstructorDeclarationSyntax => "constructor",
                AnonymousFunctionExpressionSyntax => "lambda",
                _ => "member",
            };
        }

        private void CheckModifiers(SyntaxTokenList modifiers, string what)
        {
            foreach (SyntaxToken modifier in modifiers)
            {
                if (modifier.IsKind(SyntaxKind.AsyncKeyword))
                {
                    Report(modifier, "'async' " + what + ": nanoFramework has no async/await or Task; run the work on a thread or poll it from the main loop");
                }
                else if (modifier.IsKind(SyntaxKind.UnsafeKeyword))
                {
                    Report(modifier, "'unsafe' " + what + ": nanoFramework runs no unsafe code; use arrays and indices");
                }
                else if (modifier.IsKind(SyntaxKind.FixedKeyword))
                {
                    Report(modifier, "'fixed' buffer: nanoFramework has no pointers or fixed buffers; use an array");
                }
                else if (modifier.IsKind(SyntaxKind.VolatileKeyword))
                {
                    Report(modifier, "'volatile' " + what + ": nanoFramework's mscorlib has no IsVolatile, which the compiler marks volatile fields with; publish through Interlocked or a lock");
                }
            }
        }

        private static bool HasBody(MemberDeclarationSyntax member)
        {
            switch (member)
            {
                case BaseMethodDeclarationSyntax method:
                    return method.Body != null || method.ExpressionBody != null;
                case BasePropertyDeclarationSyntax property:
                    if (property is PropertyDeclarationSyntax withArrow && withArrow.ExpressionBody != null)
                    {
                        return true;
                    }

                    if (property is IndexerDeclarationSyntax indexer && indexer.ExpressionBody != null)
                    {
                        return true;
                    }

                    if (property.AccessorList == null)
                    {
                        return false;
                    }

                    foreach (AccessorDeclarationSyntax accessor in property.AccessorList.Accessors)
                    {
                        if (accessor.Body != null || accessor.ExpressionBody != null)
                        {
                            return true;
                        }
                    }

                    return false;
                case BaseTypeDeclarationSyntax:
                case FieldDeclarationSyntax:
                    return true;
                default:
                    return false;
            }
        }

        private static bool IsValueKeyword(TypeSyntax type)
        {
            return type is PredefinedTypeSyntax predefined
                && !predefined.Keyword.IsKind(SyntaxKind.StringKeyword)
                && !predefined.Keyword.IsKind(SyntaxKind.ObjectKeyword);
        }

        private void Report(SyntaxNode node, string reason)
        {
            Report(node.GetLocation(), reason);
        }

        private void Report(SyntaxToken token, string reason)
        {
            Report(token.GetLocation(), reason);
        }

        private void Report(Location location, string reason)
        {
            _violations.Add(new Violation(_file, location.GetLineSpan().StartLinePosition.Line + 1, "language subset: " + reason));
        }
    }
}
