using System;
using System.Collections.Generic;
using System.IO;

namespace Keel.Tests.PcOnly
{
    /// <summary>A fenced block of README.md or a docs/ page that an HTML comment just above it marks for checking (<c>&lt;!-- sim session --&gt;</c>, <c>&lt;!-- excerpt of PATH --&gt;</c>).</summary>
    public sealed class DocBlock
    {
        /// <summary>The page, relative to the repository root.</summary>
        public string Page;

        /// <summary>The line of the page (from 1) where the block's text starts.</summary>
        public int Line;

        /// <summary>What the marker says after its first word(s): for <c>&lt;!-- sim session: --board tiny --&gt;</c>, "sim session: --board tiny".</summary>
        public string Marker;

        /// <summary>The block's text with LF line ends, ending with a line end.</summary>
        public string Text;

        public override string ToString() => Page + ":" + Line + " (" + Marker + ")";

        /// <summary>README.md and every docs/*.md page.</summary>
        public static IEnumerable<string> Pages()
        {
            yield return "README.md";
            foreach (string page in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs"), "*.md"))
            {
                yield return "docs/" + Path.GetFileName(page);
            }
        }

        /// <summary>Every block of every page whose marker starts with prefix, in page order.</summary>
        public static List<DocBlock> Find(string prefix)
        {
            List<DocBlock> blocks = new List<DocBlock>();
            foreach (string page in Pages())
            {
                string[] lines = File.ReadAllText(Path.Combine(RepositoryRoot.Path, page)).Replace("\r\n", "\n").Split('\n');
                for (int i = 0; i + 1 < lines.Length; i++)
                {
                    string line = lines[i].Trim();
                    if (!line.StartsWith("<!-- " + prefix, StringComparison.Ordinal) || !line.EndsWith("-->", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    if (!lines[i + 1].StartsWith("```", StringComparison.Ordinal))
                    {
                        throw new InvalidDataException(page + ":" + (i + 1) + ": the marker '" + line + "' must stand right above a ``` block");
                    }

                    int end = i + 2;
                    while (end < lines.Length && !lines[end].StartsWith("```", StringComparison.Ordinal))
                    {
                        end++;
                    }

                    DocBlock block = new DocBlock();
                    block.Page = page;
                    block.Line = i + 3;
                    block.Marker = line.Substring(5, line.Length - 8).Trim();
                    block.Text = string.Join("\n", lines, i + 2, end - i - 2) + "\n";
                    blocks.Add(block);
                    i = end;
                }
            }

            return blocks;
        }
    }
}
