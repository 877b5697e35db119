using System;
using System.Collections.Generic;

namespace Keel.Conformance
{
    /// <summary>Every listed type of every assembly, found by the name a signature writes.</summary>
    public sealed class ApiTypeIndex
    {
        private readonly Dictionary<string, ApiType> _types = new Dictionary<string, ApiType>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _assemblies = new Dictionary<string, string>(StringComparer.Ordinal);

        public ApiTypeIndex(IEnumerable<ApiListing> listings)
        {
            foreach (ApiListing listing in listings)
            {
                foreach (ApiType type in listing.Types)
                {
                    _types[type.Key] = type;
                    _assemblies[type.Key] = listing.AssemblyName;
                }
            }
        }

        /// <summary>The listed type a signature's type text names (<c>System.EventHandler&lt;X&gt;</c>, <c>System.Byte[]</c>), or null.</summary>
        public ApiType Find(string typeText)
        {
            string key = KeyOf(typeText);
            return key != null && _types.TryGetValue(key, out ApiType type) ? type : null;
        }

        /// <summary>The assembly that lists the type a signature's type text names, or null.</summary>
        public string AssemblyOf(string typeText)
        {
            string key = KeyOf(typeText);
            return key != null && _assemblies.TryGetValue(key, out string assembly) ? assembly : null;
        }

        private static string KeyOf(string typeText)
        {
            string text = typeText.Trim();
            while (text.EndsWith("[]", StringComparison.Ordinal))
            {
                text = text.Substring(0, text.Length - 2);
            }

            int generic = text.IndexOf('<');
            if (generic < 0)
            {
                return text;
            }

            string arguments = text.Substring(generic + 1, ApiText.MatchingBracket(text, generic) - generic - 1);
            return ApiType.KeyOf(text.Substring(0, generic), ApiText.SplitTopLevel(arguments, ',').Count);
        }
    }
}
