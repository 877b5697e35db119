using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Keel.Conformance
{
    /// <summary>
    /// Finds, in code that may run in the steady state, what allocates on the nanoFramework
    /// interpreter although .NET shows nothing: string literals (and uses of const strings, which
    /// compile to literals) and struct-typed locals. Boot code may allocate: constructors, field
    /// and property initializers, throw expressions, attribute arguments, and members whose
    /// summary begins with "Boot". The interpreter run of the soak stays the judge; this check
    /// catches the two common causes before anything runs.
    /// </summary>
    public sealed class SteadyStateWalker : CSharpSyntaxWalker
    {
        private const string Prefix = "steady state: ";
        private const string BootHint = " (or, if it runs only at boot, begin its summary with \"Boot:\")";

        private readonly SemanticModel _model;
        private readonly string _file;
        private readonly List<Violation> _violations;

        private SteadyStateWalker(SemanticModel model, string file, List<Violation> violations)
        {
            _model = model;
            _file = file;
            _violations = violations;
        }

        /// <summary>Adds to <paramref name="violations"/> every string literal and struct local of one file's steady-state code.</summary>
        public static void Check(SemanticModel model, string file, List<Violation> violations)
        {
            new SteadyStateWalker(model, file, violations).Visit(model.SyntaxTree.GetRoot());
        }

        public override void VisitLiteralExpression(LiteralExpressionSyntax node)
        {
            if (node.IsKind(SyntaxKind.StringLiteralExpression) && IsSteadyState(node, out string member))
            {
                Report(node, "string literal " + node + " in '" + member + "' allocates a string each time it runs on the interpreter; make it a static readonly field" + BootHint);
            }
        }

        public override void VisitInterpolatedStringExpression(InterpolatedStringExpressionSyntax node)
        {
            if (IsSteadyState(node, out string member))
            {
                Report(node, "string interpolation in '" + member + "' builds a new string each time it runs; write the parts to the output one by one" + BootHint);
            }

            base.VisitInterpolatedStringExpression(node);
        }

        public override void VisitIdentifierName(IdentifierNameSyntax node)
        {
            if (_model.GetSymbolInfo(node).Symbol is IFieldSymbol { IsConst: true } field && field.Type.SpecialType == SpecialType.System_String
                && !(node.Parent is MemberAccessExpressionSyntax access && access.Name != node) && IsSteadyState(node, out string member))
            {
                Report(node, "const string '" + field.Name + "' in '" + member + "' is compiled to a literal, which allocates each time it runs on the interpreter; declare it static readonly" + BootHint);
            }
        }

        public override void VisitLocalDeclarationStatement(LocalDeclarationStatementSyntax node)
        {
            ITypeSymbol type = _model.GetTypeInfo(node.Declaration.Type).Type;
            if (IsHeapStruct(type) && IsSteadyState(node, out string member))
            {
                foreach (VariableDeclaratorSyntax variable in node.Declaration.Variables)
                {
                    Report(variable, "struct local '" + variable.Identifier.Text + "' of type '" + type.Name + "' in '" + member
                        + "' is a heap object on the interpreter; keep the values in primitive locals or fields" + BootHint);
                }
            }

            base.VisitLocalDeclarationStatement(node);
        }

        /// <summary>
        /// Whether the interpreter keeps a value of this type on the heap: every struct but its
        /// built-in ones (the primitives, DateTime and TimeSpan, measured at 0 objects a local).
        /// </summary>
        private static bool IsHeapStruct(ITypeSymbol type)
        {
            return type != null && type.TypeKind == TypeKind.Struct && type.SpecialType == SpecialType.None
                && type.ToDisplayString() != "System.TimeSpan";
        }

        /// <summary>Whether node can run after boot; member is the name of the member it lies in.</summary>
        private static bool IsSteadyState(SyntaxNode node, out string member)
        {
            member = null;
            foreach (SyntaxNode ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case ConstructorDeclarationSyntax:
                    case ThrowStatementSyntax:
                    case ThrowExpressionSyntax:
                    case AttributeArgumentSyntax:
                    case FieldDeclarationSyntax:
                    case EqualsValueClauseSyntax when ancestor.Parent is PropertyDeclarationSyntax:
                        return false;
                    case InvocationExpressionSyntax invocation when invocation.Expression is IdentifierNameSyntax { Identifier.Text: "nameof" }:
                        return false;
                    case MemberDeclarationSyntax declaration when member == null:
                        if (declaration is BaseTypeDeclarationSyntax)
                        {
                            return false;
                        }

                        if (IsBootOnly(declaration))
                        {
                            return false;
                        }

                        member = NameOf(declaration);
                        break;
                }
            }

            return member != null;
        }

        /// <summary>Whether the member's documentation summary begins with "Boot" ("Boot:", "Boot only:").</summary>
        private static bool IsBootOnly(MemberDeclarationSyntax declaration)
        {
            DocumentationCommentTriviaSyntax documentation = declaration.GetLeadingTrivia()
                .Select(trivia => trivia.GetStructure()).OfType<DocumentationCommentTriviaSyntax>().FirstOrDefault();
            XmlElementSyntax summary = documentation?.Content.OfType<XmlElementSyntax>()
                .FirstOrDefault(element => element.StartTag.Name.LocalName.Text == "summary");
            if (summary == null)
            {
                return false;
            }

            string text = string.Concat(summary.Content.Select(content => content.ToString())).Replace("///", " ").TrimStart();
            return text.StartsWith("Boot", System.StringComparison.Ordinal);
        }

        private static string NameOf(MemberDeclarationSyntax declaration)
        {
            return declaration switch
            {
                MethodDeclarationSyntax method => method.Identifier.Text,
                PropertyDeclarationSyntax property => property.Identifier.Text,
                IndexerDeclarationSyntax => "this[]",
                OperatorDeclarationSyntax op => "operator " + op.OperatorToken.Text,
                ConversionOperatorDeclarationSyntax => "conversion operator",
                EventDeclarationSyntax e => e.Identifier.Text,
                DestructorDeclarationSyntax d => "~" + d.Identifier.Text,
                _ => declaration.Kind().ToString(),
            };
        }

        private void Report(SyntaxNode node, string reason)
        {
            _violations.Add(new Violation(_file, node.GetLocation().GetLineSpan().StartLinePosition.Line + 1, Prefix + reason));
        }
    }
}
