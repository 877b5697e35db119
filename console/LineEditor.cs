using System;

namespace Keel.Console
{
    /// <summary>The console's fixed line buffer: printable bytes, backspace, CR / LF / CRLF line ends, and whole-line discard of anything suspect.</summary>
    /// <remarks>
    /// A line that grows past the buffer, or that holds a control byte or a byte above 0x7E,
    /// is not cut down to something that might be a different command: it is discarded whole
    /// when it ends, and the event says why. Backspace (0x08) and DEL (0x7F) erase the last
    /// character of a clean line; a tab counts as a space. Every line end resets all state,
    /// so noise never reaches the next line. Allocates nothing after construction.
    /// </remarks>
    public class LineEditor
    {
        private const byte Backspace = 0x08;
        private const byte Tab = 0x09;
        private const byte LineFeed = 0x0A;
        private const byte CarriageReturn = 0x0D;
        private const byte CtrlC = 0x03;
        private const byte CtrlU = 0x15;
        private const byte Delete = 0x7F;

        private readonly byte[] _line;
        private int _length;
        private bool _tooLong;
        private bool _noisy;
        private bool _afterCarriageReturn;
        private bool _ended;

        /// <param name="capacity">Longest line in characters (a const of the board config), at least 8.</param>
        public LineEditor(int capacity)
        {
            if (capacity < 8)
            {
                throw new ArgumentOutOfRangeException("capacity", "The console's line buffer was given " + capacity
                    + " characters; give it at least 8 (64 or more to type pool names) in the board config.");
            }

            _line = new byte[capacity];
        }

        /// <summary>Longest line kept, in characters.</summary>
        public int Capacity
        {
            get { return _line.Length; }
        }

        /// <summary>The characters of the line so far (after <see cref="LineEvent.Ended"/>: the whole line), from position 0.</summary>
        public byte[] Buffer
        {
            get { return _line; }
        }

        /// <summary>How many characters of <see cref="Buffer"/> belong to the line.</summary>
        public int Length
        {
            get { return _length; }
        }

        /// <summary>Takes one received byte.</summary>
        public LineEvent Accept(byte value)
        {
            if (_ended)
            {
                // The finished line stayed readable until now.
                _ended = false;
                _length = 0;
            }

            bool afterCarriageReturn = _afterCarriageReturn;
            _afterCarriageReturn = false;
            switch (value)
            {
                case CarriageReturn:
                    _afterCarriageReturn = true;
                    return EndLine();

                case LineFeed:
                    return afterCarriageReturn ? LineEvent.None : EndLine();

                case Backspace:
                case Delete:
                    if (_length == 0 || _tooLong || _noisy)
                    {
                        return LineEvent.None;
                    }

                    _length--;
                    return LineEvent.Erased;

                case CtrlC:
                case CtrlU:
                    Reset();
                    return LineEvent.Cancelled;

                case Tab:
                    return Store((byte)' ');

                default:
                    if (value < 0x20 || value > 0x7E)
                    {
                        _noisy = true;
                        return LineEvent.None;
                    }

                    return Store(value);
            }
        }

        private LineEvent Store(byte value)
        {
            if (_tooLong || _noisy)
            {
                return LineEvent.None;
            }

            if (_length == _line.Length)
            {
                _tooLong = true;
                return LineEvent.None;
            }

            _line[_length] = value;
            _length++;
            return LineEvent.Stored;
        }

        private LineEvent EndLine()
        {
            LineEvent result = _tooLong ? LineEvent.DiscardedTooLong : (_noisy ? LineEvent.DiscardedNoise : LineEvent.Ended);
            int length = _length;
            Reset();
            if (result == LineEvent.Ended)
            {
                _length = length;
                _ended = true;
            }

            return result;
        }

        private void Reset()
        {
            _length = 0;
            _tooLong = false;
            _noisy = false;
            _ended = false;
        }
    }
}
