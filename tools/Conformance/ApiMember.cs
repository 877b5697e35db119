using System;
using System.Collections.Generic;
using System.Linq;

namespace Keel.Conformance
{
    /// <summary>One member line of an .api listing (constructor, method, property, event or field).</summary>
    public sealed class ApiMember
    {
        private static readonly HashSet<string> ModifierWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "static", "abstract", "virtual", "override", "sealed", "const", "readonly",
        };

        private ApiMember()
        {
        }

        public ApiMemberKind Kind { get; private set; }

        /// <summary>Attributes as listed, brackets included (Conditional and Obsolete only).</summary>
        public IReadOnlyList<string> Attributes { get; private set; }

        /// <summary><c>public</c> or <c>protected</c>.</summary>
        public string Visibility { get; private set; }

        public IReadOnlyList<string> Modifiers { get; private set; }

        /// <summary>Return type (methods), property type, event handler type or field type; empty for constructors.</summary>
        public string Type { get; private set; }

        /// <summary>Simple name: <c>Clamp</c>, <c>op_Implicit</c>, <c>this</c> for an indexer; the type's name for a constructor.</summary>
        public string Name { get; private set; }

        /// <summary>A generic method's type parameters with their angle brackets, or empty.</summary>
        public string TypeParameters { get; private set; }

        public IReadOnlyList<ApiParameter> Parameters { get; private set; }

        /// <summary>A property's accessors as listed: <c>get;</c>, <c>set;</c>, <c>protected set;</c>.</summary>
        public IReadOnlyList<string> Accessors { get; private set; }

        /// <summary>A const field's value as listed, or null.</summary>
        public string Value { get; private set; }

        /// <summary>The line in the listing, for messages about the listing itself.</summary>
        public int Line { get; private set; }

        public bool Is(string modifier)
        {
            return Modifiers.Contains(modifier);
        }

        /// <summary>Parses a member line that belongs to <paramref name="declaringType"/>.</summary>
        public static ApiMember Parse(string line, int lineNumber, ApiType declaringType)
        {
            int space = line.IndexOf(' ');
            string keyword = line.Substring(0, space);
            string rest = line.Substring(space + 1);
            ApiMember member = new ApiMember { Line = lineNumber, TypeParameters = string.Empty };
            member.Kind = keyword switch
            {
                "ctor" => ApiMemberKind.Constructor,
                "method" => ApiMemberKind.Method,
                "property" => ApiMemberKind.Property,
                "event" => ApiMemberKind.Event,
                "field" => ApiMemberKind.Field,
                _ => throw new FormatException("Unknown member kind '" + keyword + "'"),
            };

            if (member.Kind == ApiMemberKind.Field)
            {
                List<string> valueSplit = ApiText.SplitTopLevel(rest, '=');
                if (valueSplit.Count > 1)
                {
                    member.Value = rest.Substring(valueSplit[0].Length + 1).Trim();
                    rest = valueSplit[0].TrimEnd();
                }
            }

            List<string> words = ApiText.Words(rest);
            int index = 0;
            List<string> attributes = new List<string>();
            while (words[index].StartsWith("["))
            {
                attributes.Add(words[index++]);
            }

            member.Attributes = attributes;
            member.Visibility = words[index++];
            List<string> modifiers = new List<string>();
            while (ModifierWords.Contains(words[index]))
            {
                modifiers.Add(words[index++]);
            }

            member.Modifiers = modifiers;
            member.Type = member.Kind == ApiMemberKind.Constructor ? string.Empty : words[index++];
            string signature = words[index++];
            member.Accessors = index < words.Count ? ParseAccessors(string.Join(" ", words.GetRange(index, words.Count - index))) : new List<string>();
            member.ParseSignature(signature, declaringType);
            return member;
        }

        private void ParseSignature(string signature, ApiType declaringType)
        {
            int indexer = signature.IndexOf(".this[", StringComparison.Ordinal);
            int open = signature.IndexOf('(');
            string qualifiedName;
            if (indexer >= 0)
            {
                qualifiedName = signature.Substring(0, indexer + 5);
                Parameters = ApiParameter.ParseList(signature.Substring(indexer + 6, signature.Length - indexer - 7));
            }
            else if (open >= 0)
            {
                qualifiedName = signature.Substring(0, open);
                Parameters = ApiParameter.ParseList(signature.Substring(open + 1, signature.Length - open - 2));
            }
            else
            {
                qualifiedName = signature;
                Parameters = new List<ApiParameter>();
            }

            string name = StripDeclaringType(qualifiedName, declaringType);
            int generic = name.IndexOf('<');
            if (generic >= 0)
            {
                TypeParameters = name.Substring(generic);
                name = name.Substring(0, generic);
            }

            Name = Kind == ApiMemberKind.Constructor ? declaringType.SimpleName : name;
        }

        private static string StripDeclaringType(string qualifiedName, ApiType declaringType)
        {
            foreach (string prefix in new[] { declaringType.FullName + ".", declaringType.MetadataName + "." })
            {
                if (qualifiedName.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return qualifiedName.Substring(prefix.Length);
                }
            }

            if (qualifiedName == declaringType.FullName || qualifiedName == declaringType.MetadataName)
            {
                return declaringType.SimpleName;
            }

            throw new FormatException("Member '" + qualifiedName + "' is listed under type " + declaringType.FullName);
        }

        private static List<string> ParseAccessors(string text)
        {
            List<string> accessors = new List<string>();
            foreach (string piece in text.Trim().TrimStart('{').TrimEnd('}').Split(';'))
            {
                if (piece.Trim().Length > 0)
                {
                    accessors.Add(piece.Trim());
                }
            }

            return accessors;
        }
    }
}
