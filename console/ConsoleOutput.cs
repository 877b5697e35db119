using System;
using Keel.Pools;

namespace Keel.Console
{
    /// <summary>Formats text, integers, columns and usage bars into the console's output ring, and drains the ring to the port, allocating nothing.</summary>
    /// <remarks>
    /// Characters collect in a small staging buffer that goes into the ring in one write. When
    /// the ring fills in the middle of a long listing, it is drained to the port first, so a
    /// listing longer than the ring still arrives whole as long as the port takes bytes; only
    /// a port that takes nothing makes the ring apply its overflow policy (and count the loss).
    /// Characters outside printable ASCII are written as '?', so no text can smuggle control
    /// bytes onto the terminal. Lines end with CR LF, as serial terminals expect.
    /// </remarks>
    public class ConsoleOutput
    {
        /// <summary>Width of the label column of <see cref="Field(string, long)"/> lines.</summary>
        public const int LabelWidth = 18;

        private const int StageBytes = 64;
        private const int ChunkBytes = 64;

        // The longest number: "-9223372036854775808".
        private const int DigitBytes = 20;

        private readonly ByteRing _ring;
        private readonly ISerialPort _port;
        private readonly byte[] _stage = new byte[StageBytes];
        private readonly byte[] _chunk = new byte[ChunkBytes];
        private readonly byte[] _digits = new byte[DigitBytes];
        private int _staged;
        private int _chunkStart;
        private int _chunkEnd;

        /// <param name="ring">The output ring, created at boot from the board config and registered in the memory plan.</param>
        /// <param name="port">Where <see cref="Transmit"/> sends the ring's bytes.</param>
        public ConsoleOutput(ByteRing ring, ISerialPort port)
        {
            if (ring == null || port == null)
            {
                throw new ArgumentNullException(ring == null ? "ring" : "port", "The console's output needs its ring and its serial port.");
            }

            _ring = ring;
            _port = port;
        }

        /// <summary>The output ring (its statistics show bytes lost to a stalled port).</summary>
        public ByteRing Ring
        {
            get { return _ring; }
        }

        /// <summary>Bytes formatted or queued but not yet taken by the port.</summary>
        public int Pending
        {
            get { return _staged + _ring.Count + (_chunkEnd - _chunkStart); }
        }

        /// <summary>The text's characters; null writes nothing.</summary>
        public void Text(string text)
        {
            if (text == null)
            {
                return;
            }

            for (int i = 0; i < text.Length; i++)
            {
                Character(text[i]);
            }
        }

        public void Character(char character)
        {
            Put(character >= ' ' && character <= '~' ? (byte)character : (byte)'?');
        }

        /// <summary>count bytes of source from offset, as characters (a word of the command line, say).</summary>
        public void Bytes(byte[] source, int offset, int count)
        {
            for (int i = offset; i < offset + count; i++)
            {
                Character((char)source[i]);
            }
        }

        public void NewLine()
        {
            Put((byte)'\r');
            Put((byte)'\n');
        }

        /// <summary>Rubs out the character left of the cursor on a terminal (backspace, space, backspace).</summary>
        public void RubOut()
        {
            Put(0x08);
            Put((byte)' ');
            Put(0x08);
        }

        public void Spaces(int count)
        {
            for (int i = 0; i < count; i++)
            {
                Put((byte)' ');
            }
        }

        /// <summary>The value in decimal, with a '-' when negative.</summary>
        public void Decimal(long value)
        {
            int start = FormatDecimal(value);
            PutDigits(start);
        }

        /// <summary>How many characters <see cref="Decimal"/> writes for the value, the '-' included.</summary>
        public static int DecimalLength(long value)
        {
            int length = value < 0 ? 2 : 1;
            while (value <= -10 || value >= 10)
            {
                value /= 10;
                length++;
            }

            return length;
        }

        /// <summary>The value in decimal, then one when it is 1 and many otherwise (" record", " records"), so counts read right in the singular.</summary>
        public void Counted(long value, string one, string many)
        {
            Decimal(value);
            Text(value == 1 ? one : many);
        }

        /// <summary>The value in decimal with zeros in front up to minDigits digits ("07" for 7 and 2), for clock times; below 0 counts as 0.</summary>
        public void DecimalPadded(long value, int minDigits)
        {
            int start = FormatDecimal(value < 0 ? 0 : value);
            while (DigitBytes - start < minDigits && start > 0)
            {
                start--;
                _digits[start] = (byte)'0';
            }

            PutDigits(start);
        }

        /// <summary>The value's 32 bits in upper-case hexadecimal, at least minDigits long (zeros in front), without a prefix.</summary>
        public void Hex(int value, int minDigits)
        {
            int start = DigitBytes;
            uint bits = (uint)value;
            do
            {
                int nibble = (int)(bits & 0xF);
                start--;
                _digits[start] = (byte)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);
                bits >>= 4;
            }
            while (bits != 0 || (DigitBytes - start < minDigits && start > DigitBytes - 8));

            PutDigits(start);
        }

        /// <summary>The text left-aligned in a column of width characters, always followed by at least one space.</summary>
        public void TextColumn(string text, int width)
        {
            int length = text == null ? 0 : text.Length;
            Text(text);
            Spaces(length < width ? width - length : 1);
        }

        /// <summary>The text right-aligned in a column of width characters, always preceded by at least one space.</summary>
        public void RightColumn(string text, int width)
        {
            int length = text == null ? 0 : text.Length;
            Spaces(length < width ? width - length : 1);
            Text(text);
        }

        /// <summary>The value in decimal, right-aligned in a column of width characters, always preceded by at least one space.</summary>
        public void NumberColumn(long value, int width)
        {
            int start = FormatDecimal(value);
            int length = DigitBytes - start;
            Spaces(length < width ? width - length : 1);
            PutDigits(start);
        }

        /// <summary>
        /// "[###++.....]": width cells between brackets; '#' for what is in use, '+' for the
        /// high-water mark beyond it, '.' for the rest. Any use shows at least one cell; the bar is
        /// full only when use reaches the capacity.
        /// </summary>
        public void UsageBar(int inUse, int highWater, int capacity, int width)
        {
            int used = Cells(inUse, capacity, width);
            int high = Cells(highWater, capacity, width);
            Put((byte)'[');
            for (int cell = 0; cell < width; cell++)
            {
                Put(cell < used ? (byte)'#' : (cell < high ? (byte)'+' : (byte)'.'));
            }

            Put((byte)']');
        }

        /// <summary>A detail line: the label in its column, then the number.</summary>
        public void Field(string label, long value)
        {
            TextColumn(label, LabelWidth);
            Decimal(value);
            NewLine();
        }

        /// <summary>A detail line: the label in its column, the number, then a unit or remark (" B").</summary>
        public void Field(string label, long value, string unit)
        {
            TextColumn(label, LabelWidth);
            Decimal(value);
            Text(unit);
            NewLine();
        }

        /// <summary>A detail line: the label in its column, then the text.</summary>
        public void Field(string label, string text)
        {
            TextColumn(label, LabelWidth);
            Text(text);
            NewLine();
        }

        /// <summary>One line "key=value".</summary>
        public void Pair(string key, long value)
        {
            Text(key);
            Put((byte)'=');
            Decimal(value);
            NewLine();
        }

        /// <summary>One line "key=value" with a text value (printable ASCII, no line breaks).</summary>
        public void Pair(string key, string value)
        {
            Text(key);
            Put((byte)'=');
            Text(value);
            NewLine();
        }

        /// <summary>One line "group.name.key=value", for listings keyed by a pool's or a command's name; spaces in key become '_'.</summary>
        public void Pair(string group, string name, string key, long value)
        {
            PairKey(group, name, key);
            Decimal(value);
            NewLine();
        }

        /// <summary>One line "group.name.key=value" with a text value; spaces in key become '_'.</summary>
        public void Pair(string group, string name, string key, string value)
        {
            PairKey(group, name, key);
            Text(value);
            NewLine();
        }

        /// <summary>Moves the staged characters into the ring, draining the ring to the port when it has no room.</summary>
        public void Flush()
        {
            int offset = 0;
            while (offset < _staged)
            {
                int room = _ring.Capacity - _ring.Count;
                if (room == 0)
                {
                    Transmit();
                    room = _ring.Capacity - _ring.Count;
                    if (room == 0)
                    {
                        // The port takes nothing: the ring's declared policy decides what is lost, and counts it.
                        _ring.Write(_stage, offset, _staged - offset);
                        break;
                    }
                }

                int count = _staged - offset < room ? _staged - offset : room;
                _ring.Write(_stage, offset, count);
                offset += count;
            }

            _staged = 0;
        }

        /// <summary>Sends what the ring holds to the port, as far as the port takes it; the rest waits for the next call.</summary>
        public void Transmit()
        {
            while (true)
            {
                if (_chunkStart == _chunkEnd)
                {
                    _chunkStart = 0;
                    _chunkEnd = _ring.Read(_chunk, 0, ChunkBytes);
                    if (_chunkEnd == 0)
                    {
                        return;
                    }
                }

                int sent = _port.Write(_chunk, _chunkStart, _chunkEnd - _chunkStart);
                if (sent <= 0)
                {
                    return;
                }

                _chunkStart += sent < _chunkEnd - _chunkStart ? sent : _chunkEnd - _chunkStart;
            }
        }

        private void PairKey(string group, string name, string key)
        {
            Text(group);
            Put((byte)'.');
            Text(name);
            Put((byte)'.');
            for (int i = 0; i < key.Length; i++)
            {
                // A label ("high water") serves as the key ("high_water").
                Character(key[i] == ' ' ? '_' : key[i]);
            }

            Put((byte)'=');
        }

        private void Put(byte value)
        {
            if (_staged == StageBytes)
            {
                Flush();
            }

            _stage[_staged] = value;
            _staged++;
        }

        /// <summary>Writes the value's digits at the end of the digit buffer; returns where they start.</summary>
        private int FormatDecimal(long value)
        {
            // Counted in negative numbers, whose range reaches long.MinValue.
            bool negative = value < 0;
            long rest = negative ? value : -value;
            int start = DigitBytes;
            do
            {
                long quotient = rest / 10;
                start--;
                _digits[start] = (byte)('0' + (int)(quotient * 10 - rest));
                rest = quotient;
            }
            while (rest != 0);

            if (negative)
            {
                start--;
                _digits[start] = (byte)'-';
            }

            return start;
        }

        private void PutDigits(int start)
        {
            for (int i = start; i < DigitBytes; i++)
            {
                Put(_digits[i]);
            }
        }

        private static int Cells(int value, int capacity, int width)
        {
            if (value <= 0 || capacity <= 0)
            {
                return 0;
            }

            if (value >= capacity)
            {
                return width;
            }

            int cells = (int)((long)value * width / capacity);
            return cells < 1 ? 1 : (cells >= width ? width - 1 : cells);
        }
    }
}
