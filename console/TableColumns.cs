using System;

namespace Keel.Console
{
    /// <summary>A console table's columns, fitted to the header and to every cell before printing, so each value lines up with its heading whatever the board's names and counts.</summary>
    /// <remarks>
    /// Boot adds the columns (gap before, alignment, narrowest width). A command then calls
    /// <see cref="Reset"/>, fits every heading and cell it will print, and writes the header and
    /// the rows cell by cell: a right-aligned cell ends where its heading ends, a left-aligned
    /// one starts where its heading starts. The last column, when left-aligned, is not padded,
    /// so lines carry no trailing spaces. Fitting and printing allocate nothing.
    /// </remarks>
    public class TableColumns
    {
        private readonly int[] _gap;
        private readonly int[] _minimum;
        private readonly bool[] _right;
        private readonly int[] _width;
        private int _count;

        /// <param name="capacity">Most columns the table will have.</param>
        public TableColumns(int capacity)
        {
            if (capacity < 1)
            {
                throw new ArgumentOutOfRangeException("capacity", "A console table needs at least 1 column.");
            }

            _gap = new int[capacity];
            _minimum = new int[capacity];
            _right = new bool[capacity];
            _width = new int[capacity];
        }

        /// <summary>Columns added so far.</summary>
        public int Count => _count;

        /// <summary>Boot: adds the next column; returns its number (0 for the first).</summary>
        /// <param name="gapBefore">Spaces between the previous column and this one (ignored for the first).</param>
        /// <param name="minimumWidth">The narrowest the column gets.</param>
        /// <param name="rightAligned">True for numbers (right edges line up), false for text (left edges line up).</param>
        public int Add(int gapBefore, int minimumWidth, bool rightAligned)
        {
            if (_count == _width.Length)
            {
                throw new InvalidOperationException("This console table was made for " + _width.Length + " columns; make it larger.");
            }

            _gap[_count] = _count == 0 ? 0 : gapBefore;
            _minimum[_count] = minimumWidth;
            _right[_count] = rightAligned;
            _width[_count] = minimumWidth;
            _count++;
            return _count - 1;
        }

        /// <summary>Starts fitting a new table: every column back to its narrowest.</summary>
        public void Reset()
        {
            for (int column = 0; column < _count; column++)
            {
                _width[column] = _minimum[column];
            }
        }

        /// <summary>Starts fitting a new table to its headings, one a column from column 0.</summary>
        public void FitHeadings(string[] headings)
        {
            Reset();
            for (int column = 0; column < headings.Length; column++)
            {
                Fit(column, headings[column]);
            }
        }

        /// <summary>The header line: the headings, one a column from column 0, each where its column's values will be.</summary>
        public void Headings(ConsoleOutput output, string[] headings)
        {
            for (int column = 0; column < headings.Length; column++)
            {
                Cell(output, column, headings[column]);
            }

            output.NewLine();
        }

        /// <summary>Widens the column to hold length characters.</summary>
        public void Fit(int column, int length)
        {
            if (length > _width[column])
            {
                _width[column] = length;
            }
        }

        /// <summary>Widens the column to hold the text.</summary>
        public void Fit(int column, string text) => Fit(column, text == null ? 0 : text.Length);

        /// <summary>Widens the column to hold the value in decimal.</summary>
        public void FitNumber(int column, long value) => Fit(column, ConsoleOutput.DecimalLength(value));

        /// <summary>The column's width as fitted.</summary>
        public int Width(int column) => _width[column];

        /// <summary>Where the column starts on a line, counted from 0.</summary>
        public int Start(int column)
        {
            int start = 0;
            for (int i = 0; i < column; i++)
            {
                start += _width[i] + _gap[i + 1];
            }

            return column == 0 ? 0 : start;
        }

        /// <summary>A text cell.</summary>
        public void Cell(ConsoleOutput output, int column, string text)
        {
            int length = text == null ? 0 : text.Length;
            BeginCell(output, column, length);
            output.Text(text);
            EndCell(output, column, length);
        }

        /// <summary>A number cell, in decimal.</summary>
        public void NumberCell(ConsoleOutput output, int column, long value)
        {
            int length = ConsoleOutput.DecimalLength(value);
            BeginCell(output, column, length);
            output.Decimal(value);
            EndCell(output, column, length);
        }

        /// <summary>Before a cell of length characters that the caller writes itself: the gap, and the padding of a right-aligned column.</summary>
        public void BeginCell(ConsoleOutput output, int column, int length)
        {
            output.Spaces(_gap[column]);
            if (_right[column])
            {
                output.Spaces(_width[column] - length);
            }
        }

        /// <summary>After a cell of length characters: the padding of a left-aligned column, unless it is the last.</summary>
        public void EndCell(ConsoleOutput output, int column, int length)
        {
            if (!_right[column] && column < _count - 1)
            {
                output.Spaces(_width[column] - length);
            }
        }

        /// <summary>Text left-aligned across columns first .. last, gaps included (the label of a total row).</summary>
        public void Span(ConsoleOutput output, int first, int last, string text)
        {
            int width = _width[first];
            for (int column = first + 1; column <= last; column++)
            {
                width += _gap[column] + _width[column];
            }

            int length = text == null ? 0 : text.Length;
            output.Spaces(_gap[first]);
            output.Text(text);
            output.Spaces(width - length);
        }
    }
}
