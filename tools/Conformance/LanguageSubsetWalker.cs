using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Keel.Conformance
{
    /// <summary>
    /// Finds the C# features nanoFramework's runtime does not support, even where the code would
    /// compile against the stubs: generics (the listing itself has <c>Action&lt;T&gt;</c>), async,
    /// LINQ, unsafe code, multidimensional arrays, records, init, tuples, nullable value types,
    /// default interface members and volatile fields.
    /// </summary>
    public sealed class LanguageSubsetWalker : CSharpSyntaxWalker
    {
        private const string NoGenerics = "nanoFramework has no generics; use typed arrays (structure of arrays), int handles or one overload per type";

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

        public override void VisitClassDeclaration(ClassDeclarationSyntax node)
        {
            CheckTypeDeclaration(node, "class");
            base.VisitClassDeclaration(node);
        }

        public override void VisitStructDeclaration(StructDeclarationSyntax node)
        {
            CheckTypeDeclaration(node, "struct");
            base.VisitStructDeclaration(node);
        }

        public override void VisitInterfaceDeclaration(InterfaceDeclarationSyntax node)
        {
            CheckTypeDeclaration(node, "interface");
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

            CheckModifiers(node.Modifiers, "method '" + node.Identifier.Text + "'");
            base.VisitMethodDeclaration(node);
        }

        public override void VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
        {
            if (node.TypeParameterList != null)
            {
                Report(node.Identifier, "declares generic local function '" + node.Identifier.Text + node.TypeParameterList + "': " + NoGenerics);
            }

            CheckModifiers(node.Modifiers, "local function '" + node.Identifier.Text + "'");
            base.VisitLocalFunctionStatement(node);
        }

        public override void VisitFieldDeclaration(FieldDeclarationSyntax node)
        {
            CheckModifiers(node.Modifiers, "field");
            base.VisitFieldDeclaration(node);
        }

        public override void VisitPropertyDeclaration(PropertyDeclarationSyntax node)
        {
            CheckModifiers(node.Modifiers, "property '" + node.Identifier.Text + "'");
            base.VisitPropertyDeclaration(node);
        }

        public override void VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
        {
            CheckModifiers(node.Modifiers, "constructor");
            base.VisitConstructorDeclaration(node);
        }

        public override void VisitOperatorDeclaration(OperatorDeclarationSyntax node)
        {
            CheckModifiers(node.Modifiers, "operator");
            base.VisitOperatorDeclaration(node);
        }

        public override void VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
        {
            CheckModifiers(node.Modifiers, "lambda");
            base.VisitParenthesizedLambdaExpression(node);
        }

        public override void VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
        {
            CheckModifiers(node.Modifiers, "lambda");
            base.VisitSimpleLambdaExpression(node);
        }

        public override void VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
        {
            CheckModifiers(node.Modifiers, "anonymous method");
            base.VisitAnonymousMethodExpression(node);
        }

        public override void VisitAwaitExpression(AwaitExpressionSyntax node)
        {
            Report(node, "'await': nanoFramework has no async/await or Task; run the work on a thread or poll it from the main loop");
            base.VisitAwaitExpression(node);
        }

        public override void VisitQueryExpression(QueryExpressionSyntax node)
        {
            Report(node, "LINQ query: nanoFramework has no LINQ; write the loop over the array");
            base.VisitQueryExpression(node);
        }

        public override void VisitUnsafeStatement(UnsafeStatementSyntax node)
        {
            Report(node, "'unsafe' block: nanoFramework runs no unsafe code; use arrays and indices");
            base.VisitUnsafeStatement(node);
        }

        public override void VisitFixedStatement(FixedStatementSyntax node)
        {
            Report(node, "'fixed' statement: nanoFramework has no pointers; use arrays and indices");
            base.VisitFixedStatement(node);
        }

        public override void VisitPointerType(PointerTypeSyntax node)
        {
            Report(node, "pointer type '" + node + "': nanoFramework has no pointers; use arrays and indices");
            base.VisitPointerType(node);
        }

        public override void VisitFunctionPointerType(FunctionPointerTypeSyntax node)
        {
            Report(node, "function pointer '" + node + "': nanoFramework has no pointers; use a delegate");
            base.VisitFunctionPointerType(node);
        }

        public override void VisitStackAllocArrayCreationExpression(StackAllocArrayCreationExpressionSyntax node)
        {
            Report(node, "'stackalloc': nanoFramework has no stack allocation; use a buffer allocated at boot");
            base.VisitStackAllocArrayCreationExpression(node);
        }

        public override void VisitImplicitStackAllocArrayCreationExpression(ImplicitStackAllocArrayCreationExpressionSyntax node)
        {
            Report(node, "'stackalloc': nanoFramework has no stack allocation; use a buffer allocated at boot");
            base.VisitImplicitStackAllocArrayCreationExpression(node);
        }

        public override void VisitPrefixUnaryExpression(PrefixUnaryExpressionSyntax node)
        {
            if (node.IsKind(SyntaxKind.AddressOfExpression) || node.IsKind(SyntaxKind.PointerIndirectionExpression))
            {
                Report(node, "pointer operation '" + node + "': nanoFramework has no pointers; use arrays and indices");
            }

            base.VisitPrefixUnaryExpression(node);
        }

        public override void VisitArrayRankSpecifier(ArrayRankSpecifierSyntax node)
        {
            if (node.Rank > 1)
            {
                Report(node, "multidimensional array '" + node.Parent + "': nanoFramework has one-dimensional arrays only; use a jagged array or index a flat one (row * width + column)");
            }

            base.VisitArrayRankSpecifier(node);
        }

        public override void VisitAccessorDeclaration(AccessorDeclarationSyntax node)
        {
            if (node.IsKind(SyntaxKind.InitAccessorDeclaration))
            {
                Report(node, "'init' accessor: nanoFramework has no init-only setters; set the value in a constructor and expose a get-only property");
            }

            base.VisitAccessorDeclaration(node);
        }

        public override void VisitTupleType(TupleTypeSyntax node)
        {
            Report(node, "tuple type '" + node + "': nanoFramework has no ValueTuple; use out parameters or a small struct");
            base.VisitTupleType(node);
        }

        public override void VisitTupleExpression(TupleExpressionSyntax node)
        {
            Report(node, "tuple '" + node + "': nanoFramework has no ValueTuple; use out parameters or a small struct");
            base.VisitTupleExpression(node);
        }

        public override void VisitParenthesizedVariableDesignation(ParenthesizedVariableDesignationSyntax node)
        {
            Report(node, "deconstruction '" + node + "': nanoFramework has no ValueTuple; use out parameters or a small struct");
            base.VisitParenthesizedVariableDesignation(node);
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

        private void CheckTypeDeclaration(TypeDeclarationSyntax node, string kind)
        {
            if (node.TypeParameterList != null)
            {
                Report(node.Identifier, "declares generic " + kind + " '" + node.Identifier.Text + node.TypeParameterList + "': " + NoGenerics);
            }

            CheckModifiers(node.Modifiers, kind + " '" + node.Identifier.Text + "'");
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
