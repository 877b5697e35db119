using System.Collections.Generic;

namespace Keel.Conformance
{
    /// <summary>One parameter of a listed method, constructor, indexer or delegate.</summary>
    public sealed class ApiParameter
    {
        private ApiParameter(string attributes, string modifiers, string type, string name, string defaultValue)
        {
            Attributes = attributes;
            Modifiers = modifiers;
            Type = type;
            Name = name;
            DefaultValue = defaultValue;
        }

        /// <summary>Caller-info attributes as listed (brackets included), or empty.</summary>
        public string Attributes { get; }

        /// <summary><c>this</c>, <c>params</c>, <c>ref</c>, <c>out</c>, <c>in</c>, space-separated, or empty.</summary>
        public string Modifiers { get; }

        public string Type { get; }

        public string Name { get; }

        /// <summary>The default value as listed, or null when there is none. A char default is the character itself.</summary>
        public string DefaultValue { get; }

        /// <summary>Parses the text between a signature's parentheses (or an indexer's brackets).</summary>
        public static List<ApiParameter> ParseList(string text)
        {
            List<ApiParameter> parameters = new List<ApiParameter>();
            if (text.Trim().Length == 0)
            {
                return parameters;
            }

            foreach (string piece in ApiText.SplitTopLevel(text, ','))
            {
                parameters.Add(Parse(piece.TrimStart()));
            }

            return parameters;
        }

        private static ApiParameter Parse(string text)
        {
            string defaultValue = null;
            int equals = ApiText.SplitTopLevel(text, '=')[0].Length;
            if (equals < text.Length)
            {
                // "TYPE NAME = VALUE": the value starts after "= " and keeps its spaces (a char default of ' ').
                defaultValue = text.Substring(equals + 1);
                defaultValue = defaultValue.StartsWith(" ") ? defaultValue.Substring(1) : defaultValue;
                text = text.Substring(0, equals).TrimEnd();
            }

            string attributes = string.Empty;
            if (text.StartsWith("["))
            {
                int close = ApiText.MatchingBracket(text, 0);
                attributes = text.Substring(0, close + 1);
                text = text.Substring(close + 1).TrimStart();
            }

            List<string> words = ApiText.Words(text);
            string name = words[words.Count - 1];
            string type = words[words.Count - 2];
            string modifiers = string.Join(" ", words.GetRange(0, words.Count - 2));
            return new ApiParameter(attributes, modifiers, type, name, defaultValue);
        }
    }
}
