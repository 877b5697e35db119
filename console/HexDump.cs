namespace Keel.Console
{
    /// <summary>Bytes as a hex dump for the console: an offset, 16 bytes in hexadecimal, and the printable ones as text; allocates nothing.</summary>
    public static class HexDump
    {
        /// <summary>Bytes on one line of the dump.</summary>
        public const int BytesPerLine = 16;

        /// <summary>
        /// Lines "0000  01 02 ... 10  ..text.." for count bytes of data from offset: the offset in
        /// the dump in 4 hex digits (more when needed), the bytes with an extra space after the
        /// eighth, and the bytes again as text ('.' for what is not printable), aligned on a short
        /// last line too.
        /// </summary>
        public static void Write(ConsoleOutput output, byte[] data, int offset, int count)
        {
            for (int line = 0; line < count; line += BytesPerLine)
            {
                int inLine = count - line < BytesPerLine ? count - line : BytesPerLine;
                output.Hex(line, 4);
                output.Spaces(1);
                for (int i = 0; i < BytesPerLine; i++)
                {
                    output.Spaces(i == BytesPerLine / 2 ? 2 : 1);
                    if (i < inLine)
                    {
                        output.Hex(data[offset + line + i], 2);
                    }
                    else
                    {
                        output.Spaces(2);
                    }
                }

                output.Spaces(2);
                for (int i = 0; i < inLine; i++)
                {
                    byte value = data[offset + line + i];
                    output.Character(value >= 0x20 && value <= 0x7E ? (char)value : '.');
                }

                output.NewLine();
            }
        }

        /// <summary>count bytes of data from offset as one run of hex digits ("0A1B"), for a key=value line.</summary>
        public static void WriteRun(ConsoleOutput output, byte[] data, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                output.Hex(data[offset + i], 2);
            }
        }
    }
}
