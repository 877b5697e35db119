using nanoFramework.TestFramework;

namespace Keel.Tests
{
    /// <summary>Checks where a console table's cells sit: a right-aligned value ends where its heading ends, a left-aligned one starts where its heading starts.</summary>
    public static class TableAssert
    {
        private static readonly string LineEnd = "\r\n";

        /// <summary>The text's lines, split at CR LF (a last line end adds no empty line).</summary>
        public static string[] Lines(string text)
        {
            int count = 0;
            for (int at = text.IndexOf(LineEnd); at >= 0; at = text.IndexOf(LineEnd, at + 2))
            {
                count++;
            }

            bool openLast = !text.EndsWith(LineEnd) && text.Length > 0;
            string[] lines = new string[count + (openLast ? 1 : 0)];
            int start = 0;
            for (int i = 0; i < count; i++)
            {
                int end = text.IndexOf(LineEnd, start);
                lines[i] = text.Substring(start, end - start);
                start = end + 2;
            }

            if (openLast)
            {
                lines[count] = text.Substring(start);
            }

            return lines;
        }

        /// <summary>
        /// Every line from row first to row last (inclusive; the header is row header) has a cell under
        /// each heading: for right[i], its last character where heading i ends and a space or the end
        /// of the line after it; otherwise its first character where heading i starts and a space
        /// before it. No line ends in a space.
        /// </summary>
        public static void LinedUp(string[] lines, int header, int first, int last, string[] headings, bool[] right, int firstHeading)
        {
            int[] starts = Starts(lines[header], headings);
            for (int row = first; row <= last; row++)
            {
                string line = lines[row];
                Assert.IsFalse(line.EndsWith(" "), "line " + row + " ends in a space: '" + line + "'");
                for (int i = firstHeading; i < headings.Length; i++)
                {
                    string where = "line " + row + " '" + line + "' under '" + headings[i] + "' of '" + lines[header] + "'";
                    if (right[i])
                    {
                        int end = starts[i] + headings[i].Length;
                        Assert.IsTrue(end <= line.Length && line[end - 1] != ' ', "no value ends where the heading ends: " + where);
                        Assert.IsTrue(end == line.Length || line[end] == ' ', "a value runs past the heading's end: " + where);
                    }
                    else
                    {
                        int start = starts[i];
                        Assert.IsTrue(start < line.Length && line[start] != ' ', "no value starts where the heading starts: " + where);
                        Assert.IsTrue(start == 0 || line[start - 1] == ' ', "a value starts before the heading: " + where);
                    }
                }
            }
        }

        /// <summary>The header is row 0 and every other line is a row with every column.</summary>
        public static void LinedUp(string text, string[] headings, bool[] right)
        {
            string[] lines = Lines(text);
            LinedUp(lines, 0, 1, lines.Length - 1, headings, right, 0);
        }

        /// <summary>Where each heading starts in the header, in order; fails when one is missing.</summary>
        private static int[] Starts(string header, string[] headings)
        {
            int[] starts = new int[headings.Length];
            int from = 0;
            for (int i = 0; i < headings.Length; i++)
            {
                starts[i] = header.IndexOf(headings[i], from);
                Assert.IsTrue(starts[i] >= 0, "the header '" + header + "' has no heading '" + headings[i] + "'");
                from = starts[i] + headings[i].Length;
            }

            return starts;
        }
    }
}
