using System;

namespace Keel.Console
{
    /// <summary>The console's fixed line buffer: printable bytes, backspace, CR / LF / CRLF line ends, arrow keys, and whole-line discard of anything suspect.</summary>
    /// <remarks>
    /// The buffer always holds exactly what the echo shows. A byte that is neither printable nor
    /// a key the editor knows (a control byte, a byte above 0x7E: noise) is kept in the line,
    /// echoed as '?', and can be erased like any character; a line that still holds one when it
    /// ends is discarded whole, never cut down to something that might be a different command.
    /// A line that grows past the buffer is discarded whole too. Terminal escape sequences
    /// (ESC [ ... final, ESC O x) are taken whole: up and down arrows ask for the history, the
    /// others are ignored and counted; an ESC followed by anything else is dropped. Backspace
    /// (0x08) and DEL (0x7F) erase the last character; Ctrl-C and Ctrl-U drop the line; a tab
    /// asks for completion when the console completes, and otherwise counts as a space. Every
    /// line end resets all state. Allocates nothing after construction.
    /// </remarks>
    public class LineEditor
    {
        private const byte Backspace = 0x08;
        private const byte Tab = 0x09;
        private const byte LineFeed = 0x0A;
        private const byte CarriageReturn = 0x0D;
        private const byte CtrlC = 0x03;
        private const byte CtrlU = 0x15;
        private const byte Escape = 0x1B;
        private const byte Delete = 0x7F;

        private const int NoEscape = 0;
        private const int AfterEscape = 1;
        private const int InSequence = 2;
        private const int AfterSs3 = 3;
        private const int NotTaken = -1;

        private readonly byte[] _line;
        private readonly bool _tabCompletes;
        private int _length;
        private int _noise;
        private bool _tooLong;
        private bool _afterCarriageReturn;
        private bool _ended;
        private int _escape;
        private long _ignoredKeys;

        /// <param name="capacity">Longest line in characters (a const of the board config), at least 8.</param>
        public LineEditor(int capacity)
            : this(capacity, false)
        {
        }

        /// <param name="capacity">Longest line in characters (a const of the board config), at least 8.</param>
        /// <param name="tabCompletes">A tab asks for completion (<see cref="LineEvent.Complete"/>) rather than counting as a space.</param>
        public LineEditor(int capacity, bool tabCompletes)
        {
            if (capacity < 8)
            {
                throw new ArgumentOutOfRangeException("capacity", "The console's line buffer was given " + capacity
                    + " characters; give it at least 8 (64 or more to type pool names) in the board config.");
            }

            _line = new byte[capacity];
            _tabCompletes = tabCompletes;
        }

        /// <summary>Longest line kept, in characters.</summary>
        public int Capacity => _line.Length;

        /// <summary>The characters of the line so far (after <see cref="LineEvent.Ended"/>: the whole line), from position 0.</summary>
        public byte[] Buffer => _line;

        /// <summary>How many characters of <see cref="Buffer"/> belong to the line.</summary>
        public int Length => _length;

        /// <summary>Escape sequences of keys the console does not use (left, right, function keys...), ignored since boot.</summary>
        public long IgnoredKeys => _ignoredKeys;

        /// <summary>Whether the line typed so far can still run: not too long, no noise in it.</summary>
        public bool IsClean => !_tooLong && _noise == 0;

        /// <summary>Takes one received byte.</summary>
        public LineEvent Accept(byte value)
        {
            if (_ended)
            {
                // The finished line stayed readable until now.
                _ended = false;
                _length = 0;
            }

            if (_escape != NoEscape)
            {
                int taken = ContinueEscape(value);
                if (taken != NotTaken)
                {
                    return (LineEvent)taken;
                }
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
                    return Erase();

                case CtrlC:
                case CtrlU:
                    Reset();
                    return LineEvent.Cancelled;

                case Escape:
                    _escape = AfterEscape;
                    return LineEvent.None;

                case Tab:
                    return _tabCompletes ? LineEvent.Complete : Store((byte)' ');

                default:
                    return Store(value);
            }
        }

        /// <summary>Adds a printable character as if typed (completion); false when the line is full or not clean.</summary>
        public bool Append(byte value)
        {
            if (!IsClean || _length == _line.Length || value < 0x20 || value > 0x7E)
            {
                return false;
            }

            _line[_length] = value;
            _length++;
            return true;
        }

        /// <summary>Replaces the line typed so far with length bytes of source (a line from the history); a clean line, cut to the capacity.</summary>
        public void Replace(byte[] source, int offset, int length)
        {
            Reset();
            int count = length < _line.Length ? length : _line.Length;
            for (int i = 0; i < count; i++)
            {
                byte value = source[offset + i];
                _line[i] = value;
                if (value < 0x20 || value > 0x7E)
                {
                    _noise++;
                }
            }

            _length = count;
        }

        /// <summary>The next byte of an escape sequence: the event it ends with, or NotTaken when the byte is not part of one (it is then handled as typed).</summary>
        private int ContinueEscape(byte value)
        {
            int state = _escape;
            _escape = NoEscape;
            if (state == AfterEscape)
            {
                if (value == (byte)'[')
                {
                    _escape = InSequence;
                    return (int)LineEvent.None;
                }

                if (value == (byte)'O')
                {
                    _escape = AfterSs3;
                    return (int)LineEvent.None;
                }

                // A lone ESC (the Esc key): dropped, and the byte is what was typed next.
                return NotTaken;
            }

            if (value < 0x20 || value > 0x7E)
            {
                // A broken sequence: the byte is handled as typed.
                _ignoredKeys++;
                return NotTaken;
            }

            if (state == InSequence && value < 0x40)
            {
                // Parameter and intermediate bytes ("1;5" of ESC [ 1 ; 5 A).
                _escape = InSequence;
                return (int)LineEvent.None;
            }

            if (value == (byte)'A')
            {
                return (int)LineEvent.Previous;
            }

            if (value == (byte)'B')
            {
                return (int)LineEvent.Next;
            }

            _ignoredKeys++;
            return (int)LineEvent.None;
        }

        private LineEvent Erase()
        {
            if (_length == 0 || _tooLong)
            {
                return LineEvent.None;
            }

            _length--;
            byte value = _line[_length];
            if (value < 0x20 || value > 0x7E)
            {
                _noise--;
            }

            return LineEvent.Erased;
        }

        private LineEvent Store(byte value)
        {
            if (_tooLong)
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
            if (value < 0x20 || value > 0x7E)
            {
                _noise++;
            }

            return LineEvent.Stored;
        }

        private LineEvent EndLine()
        {
            LineEvent result = _tooLong ? LineEvent.DiscardedTooLong : (_noise > 0 ? LineEvent.DiscardedNoise : LineEvent.Ended);
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
            _noise = 0;
            _tooLong = false;
            _ended = false;
            _escape = NoEscape;
        }
    }
}
