using System;

namespace Keel.Console
{
    /// <summary>A command line split in place into words: offsets into the line buffer, no strings.</summary>
    /// <remarks>
    /// Words are separated by spaces. The switch <c>--kv</c>, anywhere on the line, asks for
    /// key=value output and is not counted as a word. Word 0 is the command's name. Comparing a
    /// word with a literal and parsing it as an integer read the bytes where they are.
    /// </remarks>
    public class CommandLine
    {
        /// <summary>Most words a line may hold, the command's name included.</summary>
        public const int MaxWords = 8;

        private static readonly string KeyValueSwitch = "--kv";

        private readonly int[] _start = new int[MaxWords];
        private readonly int[] _length = new int[MaxWords];
        private byte[] _text = new byte[0];
        private int _count;
        private bool _keyValue;

        /// <summary>Words on the line, the command's name included and <c>--kv</c> left out.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Whether the line carried the <c>--kv</c> switch.</summary>
        public bool KeyValue
        {
            get { return _keyValue; }
        }

        /// <summary>The buffer the words point into.</summary>
        public byte[] Text
        {
            get { return _text; }
        }

        /// <summary>
        /// Splits length bytes of text from position 0 into words. False when the line holds more
        /// than <see cref="MaxWords"/> words (the first MaxWords are kept, for the error message).
        /// </summary>
        public bool Parse(byte[] text, int length)
        {
            _text = text;
            _count = 0;
            _keyValue = false;
            bool fits = true;
            int position = 0;
            while (position < length)
            {
                if (text[position] == (byte)' ')
                {
                    position++;
                    continue;
                }

                int start = position;
                while (position < length && text[position] != (byte)' ')
                {
                    position++;
                }

                if (Matches(start, position - start, KeyValueSwitch))
                {
                    _keyValue = true;
                }
                else if (_count == MaxWords)
                {
                    fits = false;
                }
                else
                {
                    _start[_count] = start;
                    _length[_count] = position - start;
                    _count++;
                }
            }

            return fits;
        }

        /// <summary>Where word 0 .. Count − 1 starts in <see cref="Text"/>.</summary>
        public int StartOf(int word)
        {
            CheckWord(word);
            return _start[word];
        }

        /// <summary>How many bytes word 0 .. Count − 1 has.</summary>
        public int LengthOf(int word)
        {
            CheckWord(word);
            return _length[word];
        }

        /// <summary>Whether the word is exactly the literal (ordinal, case-sensitive).</summary>
        public bool WordIs(int word, string literal)
        {
            CheckWord(word);
            return Matches(_start[word], _length[word], literal);
        }

        /// <summary>
        /// Parses the word as a 32-bit integer: decimal with an optional '-', or hexadecimal after
        /// "0x" (up to 0xFFFFFFFF, read as the int with those bits, as registers are written).
        /// False for anything else, including decimal values outside the int range.
        /// </summary>
        public bool TryParseInteger(int word, out int value)
        {
            CheckWord(word);
            value = 0;
            int position = _start[word];
            int end = position + _length[word];
            bool negative = position < end && _text[position] == (byte)'-';
            if (negative)
            {
                position++;
            }

            int radix = 10;
            if (!negative && end - position > 2 && _text[position] == (byte)'0' && (_text[position + 1] | 0x20) == (byte)'x')
            {
                radix = 16;
                position += 2;
            }

            if (position == end)
            {
                return false;
            }

            // A long holds every partial value up to the limit, so the range check comes before any overflow.
            long total = 0;
            long limit = negative ? 2147483648L : (radix == 16 ? 0xFFFFFFFFL : 2147483647L);
            for (; position < end; position++)
            {
                int digit = DigitValue(_text[position]);
                if (digit < 0 || digit >= radix)
                {
                    return false;
                }

                total = total * radix + digit;
                if (total > limit)
                {
                    return false;
                }
            }

            value = negative ? (int)(-total) : (int)(uint)total;
            return true;
        }

        private bool Matches(int start, int length, string literal)
        {
            if (length != literal.Length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (_text[start + i] != literal[i])
                {
                    return false;
                }
            }

            return true;
        }

        private void CheckWord(int word)
        {
            if (word < 0 || word >= _count)
            {
                throw new ArgumentOutOfRangeException("word", "The line holds " + _count + " words; check Count before reading one.");
            }
        }

        private static int DigitValue(byte character)
        {
            if (character >= (byte)'0' && character <= (byte)'9')
            {
                return character - '0';
            }

            int lower = character | 0x20;
            if (lower >= 'a' && lower <= 'f')
            {
                return lower - 'a' + 10;
            }

            return -1;
        }
    }
}
