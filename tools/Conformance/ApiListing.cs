using System;
using System.Collections.Generic;
using System.IO;

namespace Keel.Conformance
{
    /// <summary>One assembly's public API as listed in an .api file of ../shared/nanoframework-api.</summary>
    public sealed class ApiListing
    {
        private ApiListing(string assemblyName, string version, List<string> references, List<ApiType> types, string source)
        {
            AssemblyName = assemblyName;
            Version = version;
            References = references;
            Types = types;
            Source = source;
        }

        public string AssemblyName { get; }

        /// <summary>The version in the header line (approximate: NANOFRAMEWORK.md holds the pins).</summary>
        public string Version { get; }

        /// <summary>The assemblies named by <c># references</c> lines.</summary>
        public IReadOnlyList<string> References { get; }

        public IReadOnlyList<ApiType> Types { get; }

        /// <summary>Where the listing came from, for messages.</summary>
        public string Source { get; }

        public static ApiListing Load(string path)
        {
            return Parse(File.ReadAllText(path), Path.GetFileName(path));
        }

        /// <summary>Every .api file of a folder, by assembly name.</summary>
        public static Dictionary<string, ApiListing> LoadFolder(string folder)
        {
            Dictionary<string, ApiListing> listings = new Dictionary<string, ApiListing>(StringComparer.Ordinal);
            foreach (string path in Directory.GetFiles(folder, "*.api"))
            {
                ApiListing listing = Load(path);
                listings.Add(listing.AssemblyName, listing);
            }

            return listings;
        }

        public static ApiListing Parse(string text, string source)
        {
            string assemblyName = null;
            string version = null;
            List<string> references = new List<string>();
            List<ApiType> types = new List<ApiType>();
            ApiType current = null;
            string[] lines = text.Replace("\r\n", "\n").Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                int lineNumber = i + 1;
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                try
                {
                    if (line.StartsWith("# assembly ", StringComparison.Ordinal))
                    {
                        string[] words = line.Split(' ');
                        assemblyName = words[2];
                        version = words.Length > 3 ? words[3] : string.Empty;
                    }
                    else if (line.StartsWith("# references ", StringComparison.Ordinal))
                    {
                        references.Add(line.Split(' ')[2]);
                    }
                    else if (line.StartsWith("#", StringComparison.Ordinal))
                    {
                        continue;
                    }
                    else if (line.StartsWith("type ", StringComparison.Ordinal))
                    {
                        current = ApiType.Parse(line.Substring(5), lineNumber);
                        types.Add(current);
                    }
                    else if (current == null)
                    {
                        throw new FormatException("a member line before any type line");
                    }
                    else
                    {
                        current.Add(ApiMember.Parse(line, lineNumber, current));
                    }
                }
                catch (Exception error) when (error is FormatException || error is ArgumentException)
                {
                    throw new FormatException(source + ":" + lineNumber + ": cannot read this line of the API listing (" + error.Message + "): " + line, error);
                }
            }

            if (assemblyName == null)
            {
                throw new FormatException(source + ":1: the listing has no '# assembly NAME VERSION' header line.");
            }

            return new ApiListing(assemblyName, version, references, types, source);
        }
    }
}
