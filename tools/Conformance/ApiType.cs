using System;
using System.Collections.Generic;
using System.Linq;

namespace Keel.Conformance
{
    /// <summary>One type line of an .api listing and the member lines under it.</summary>
    public sealed class ApiType
    {
        private static readonly HashSet<string> ModifierWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "public", "static", "abstract", "sealed", "readonly", "ref",
        };

        private readonly List<ApiMember> _members = new List<ApiMember>();

        private ApiType()
        {
        }

        public ApiTypeKind Kind { get; private set; }

        /// <summary>Attributes as listed, brackets included (AttributeUsage, Flags and Obsolete only).</summary>
        public IReadOnlyList<string> Attributes { get; private set; }

        /// <summary>Modifiers as listed, <c>public</c> included.</summary>
        public IReadOnlyList<string> Modifiers { get; private set; }

        /// <summary>The full name as listed: <c>System.Action&lt;T1, T2&gt;</c>, nested types with dots.</summary>
        public string FullName { get; private set; }

        /// <summary>The full name without type parameters: <c>System.Action</c>.</summary>
        public string MetadataName { get; private set; }

        /// <summary>The last segment of the name without type parameters: <c>Action</c>.</summary>
        public string SimpleName { get; private set; }

        /// <summary>Type parameters with their angle brackets (<c>&lt;T1, T2&gt;</c>), or empty.</summary>
        public string TypeParameters { get; private set; }

        /// <summary>Identity across listings: the metadata name and the number of type parameters (<c>System.Action`2</c>).</summary>
        public string Key
        {
            get { return KeyOf(MetadataName, TypeParameterCount); }
        }

        public int TypeParameterCount
        {
            get { return TypeParameters.Length == 0 ? 0 : ApiText.SplitTopLevel(TypeParameters.Substring(1, TypeParameters.Length - 2), ',').Count; }
        }

        /// <summary>Base class and interfaces as listed; for an enum, its underlying type.</summary>
        public IReadOnlyList<string> BaseTypes { get; private set; }

        /// <summary>A delegate's return type; empty for other kinds.</summary>
        public string DelegateReturnType { get; private set; }

        /// <summary>A delegate's parameters; empty for other kinds.</summary>
        public IReadOnlyList<ApiParameter> DelegateParameters { get; private set; }

        public IReadOnlyList<ApiMember> Members
        {
            get { return _members; }
        }

        /// <summary>The line in the listing, for messages about the listing itself.</summary>
        public int Line { get; private set; }

        public bool Is(string modifier)
        {
            return Modifiers.Contains(modifier);
        }

        public static string KeyOf(string metadataName, int typeParameterCount)
        {
            return typeParameterCount == 0 ? metadataName : metadataName + "`" + typeParameterCount;
        }

        /// <summary>Parses a type line (the text after <c>type </c>).</summary>
        public static ApiType Parse(string text, int lineNumber)
        {
            List<string> words = ApiText.Words(text);
            int index = 0;
            List<string> attributes = new List<string>();
            while (words[index].StartsWith("["))
            {
                attributes.Add(words[index++]);
            }

            List<string> modifiers = new List<string>();
            while (ModifierWords.Contains(words[index]))
            {
                modifiers.Add(words[index++]);
            }

            ApiType type = new ApiType
            {
                Attributes = attributes,
                Modifiers = modifiers,
                Line = lineNumber,
                DelegateReturnType = string.Empty,
                DelegateParameters = new List<ApiParameter>(),
                BaseTypes = new List<string>(),
            };

            string kind = words[index++];
            type.Kind = kind switch
            {
                "class" => ApiTypeKind.Class,
                "struct" => ApiTypeKind.Struct,
                "interface" => ApiTypeKind.Interface,
                "enum" => ApiTypeKind.Enum,
                "delegate" => ApiTypeKind.Delegate,
                _ => throw new FormatException("Unknown type kind '" + kind + "'"),
            };

            string name;
            if (type.Kind == ApiTypeKind.Delegate)
            {
                type.DelegateReturnType = words[index++];
                string signature = words[index++];
                int open = signature.IndexOf('(');
                name = signature.Substring(0, open);
                type.DelegateParameters = ApiParameter.ParseList(signature.Substring(open + 1, signature.Length - open - 2));
            }
            else
            {
                name = words[index++];
                if (index < words.Count && words[index] == ":")
                {
                    List<string> bases = new List<string>();
                    foreach (string piece in ApiText.SplitTopLevel(string.Join(" ", words.GetRange(index + 1, words.Count - index - 1)), ','))
                    {
                        bases.Add(piece.Trim());
                    }

                    type.BaseTypes = bases;
                }
            }

            int generic = name.IndexOf('<');
            type.FullName = name;
            type.MetadataName = generic < 0 ? name : name.Substring(0, generic);
            type.TypeParameters = generic < 0 ? string.Empty : name.Substring(generic);
            type.SimpleName = type.MetadataName.Substring(type.MetadataName.LastIndexOf('.') + 1);
            return type;
        }

        public void Add(ApiMember member)
        {
            _members.Add(member);
        }
    }
}
