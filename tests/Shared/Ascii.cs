namespace Keel.Tests
{
    /// <summary>Text to bytes and back, one byte per character, as the console sees a serial line.</summary>
    public static class Ascii
    {
        public static byte[] Bytes(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }

        public static string Text(byte[] bytes, int offset, int count)
        {
            char[] text = new char[count];
            for (int i = 0; i < count; i++)
            {
                text[i] = (char)bytes[offset + i];
            }

            return new string(text);
        }
    }
}
