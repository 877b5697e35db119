using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Keel.Conformance
{
    /// <summary>Splitting and rewriting of the signature text in the .api listings (brackets and quotes aware).</summary>
    public static class ApiText
    {
        private static readonly Regex DottedName = new Regex(@"(?<![\w.:@])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+", RegexOptions.CultureInvariant);

        /// <summary>Splits at <paramref name="separator"/> where it stands outside (), [], {}, &lt;&gt; and quotes.</summary>
        /// <remarks>Pieces are not trimmed: a char default value in the listing is the character itself, a space included.</remarks>
        public static List<string> SplitTopLevel(string text, char separator)
        {
            List<string> parts = new List<string>();
            int start = 0;
            Scan(text, 0, (i, c, depth) =>
            {
                if (c == separator && depth == 0)
                {
                    parts.Add(text.Substring(start, i - start));
                    start = i + 1;
                }

                return false;
            });
            parts.Add(text.Substring(start));
            return parts;
        }

        /// <summary>Every dotted name in a signature's text (<c>System.Int32</c>, <c>System.IO.Stream</c>).</summary>
        public static IEnumerable<string> DottedNames(string text)
        {
            foreach (Match match in DottedName.Matches(text ?? string.Empty))
            {
                yield return match.Value;
            }
        }

        /// <summary>The words of a line: split at top-level spaces, empty pieces dropped.</summary>
        public static List<string> Words(string text)
        {
            List<string> words = SplitTopLevel(text, ' ');
            words.RemoveAll(word => word.Length == 0);
            return words;
        }

        /// <summary>The index of the bracket that closes the one at <paramref name="open"/>, quotes aware.</summary>
        public static int MatchingBracket(string text, int open)
        {
            int close = Scan(text, open, (i, c, depth) => depth == 0 && IsClosing(c));
            if (close < 0)
            {
                throw new FormatException("Unbalanced brackets in: " + text);
            }

            return close;
        }

        /// <summary>
        /// Walks <paramref name="text"/> from <paramref name="start"/> outside string literals, telling
        /// <paramref name="stop"/> each character and the bracket depth after it; returns the index
        /// where <paramref name="stop"/> said true, or -1.
        /// </summary>
        private static int Scan(string text, int start, Func<int, char, int, bool> stop)
        {
            int depth = 0;
            bool quoted = false;
            for (int i = start; i < text.Length; i++)
            {
                char c = text[i];
                if (quoted)
                {
                    if (c == '\\')
                    {
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }

                    continue;
                }

                if (c == '"')
                {
                    quoted = true;
                    continue;
                }

                depth += c == '(' || c == '[' || c == '{' || c == '<' ? 1 : IsClosing(c) ? -1 : 0;
                if (stop(i, c, depth))
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool IsClosing(char c)
        {
            return c == ')' || c == ']' || c == '}' || c == '>';
        }

        /// <summary>
        /// C# source for a type or attribute written as the listing writes it: every dotted name
        /// gets <c>global::</c> (so <c>System.Int32</c> still means the core type inside namespace
        /// <c>nanoFramework.System.IO</c>) and <c>System.Void</c> becomes <c>void</c>. String literals are left alone.
        /// </summary>
        public static string ToCSharp(string listingText)
        {
            StringBuilder result = new StringBuilder(listingText.Length + 16);
            int i = 0;
            while (i < listingText.Length)
            {
                int quote = listingText.IndexOf('"', i);
                string code = quote < 0 ? listingText.Substring(i) : listingText.Substring(i, quote - i);
                result.Append(DottedName.Replace(code, match => match.Value == "System.Void" ? "void" : "global::" + match.Value));
                if (quote < 0)
                {
                    break;
                }

                int end = quote + 1;
                while (end < listingText.Length && listingText[end] != '"')
                {
                    end += listingText[end] == '\\' ? 2 : 1;
                }

                end = Math.Min(end + 1, listingText.Length);
                result.Append(listingText, quote, end - quote);
                i = end;
            }

            return result.ToString();
        }
    }
}
