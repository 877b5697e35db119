using System;

namespace Keel.Console
{
    /// <summary>The console's last lines, for the arrow keys: a fixed ring of line buffers made at boot, so recalling and adding lines allocates nothing.</summary>
    public class LineHistory
    {
        private readonly byte[] _text;
        private readonly int[] _lengths;
        private readonly int _lineCapacity;
        private int _count;
        private int _newest = -1;

        /// <param name="lines">Lines kept (the oldest goes when a new one comes), at least 1.</param>
        /// <param name="lineCapacity">Longest line, in characters (the console's line buffer).</param>
        public LineHistory(int lines, int lineCapacity)
        {
            if (lines < 1 || lineCapacity < 1)
            {
                throw new ArgumentOutOfRangeException(lines < 1 ? "lines" : "lineCapacity",
                    "The console's history needs at least 1 line of at least 1 character.");
            }

            _text = new byte[lines * lineCapacity];
            _lengths = new int[lines];
            _lineCapacity = lineCapacity;
        }

        /// <summary>Lines kept now.</summary>
        public int Count => _count;

        /// <summary>Most lines kept.</summary>
        public int Capacity => _lengths.Length;

        /// <summary>Bytes of line buffers (for the console's fixed memory).</summary>
        public int Bytes => _text.Length;

        /// <summary>Keeps a line run at the console; an empty or blank line is not kept, nor the same as the newest twice.</summary>
        public void Add(byte[] line, int length)
        {
            int firstVisible = 0;
            while (firstVisible < length && line[firstVisible] == (byte)' ')
            {
                firstVisible++;
            }

            if (firstVisible >= length)
            {
                return;
            }

            int count = length < _lineCapacity ? length : _lineCapacity;
            if (_count > 0 && SameAsNewest(line, count))
            {
                return;
            }

            _newest = (_newest + 1) % _lengths.Length;
            int start = _newest * _lineCapacity;
            for (int i = 0; i < count; i++)
            {
                _text[start + i] = line[i];
            }

            _lengths[_newest] = count;
            if (_count < _lengths.Length)
            {
                _count++;
            }
        }

        /// <summary>Where line back (1 the newest .. Count) starts in <see cref="Text"/>.</summary>
        public int StartOf(int back) => Slot(back) * _lineCapacity;

        /// <summary>How long line back (1 the newest .. Count) is.</summary>
        public int LengthOf(int back) => _lengths[Slot(back)];

        /// <summary>The buffer every kept line is in.</summary>
        public byte[] Text => _text;

        private int Slot(int back)
        {
            if (back < 1 || back > _count)
            {
                throw new ArgumentOutOfRangeException("back", "The history holds " + _count + " lines; ask for 1 .. Count.");
            }

            return (_newest - (back - 1) + _lengths.Length) % _lengths.Length;
        }

        private bool SameAsNewest(byte[] line, int length)
        {
            if (_lengths[_newest] != length)
            {
                return false;
            }

            int start = _newest * _lineCapacity;
            for (int i = 0; i < length; i++)
            {
                if (_text[start + i] != line[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
