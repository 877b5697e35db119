using System;

namespace Keel.Console
{
    /// <summary>A serial port in memory: bytes queued for the console to read, and a record of what it wrote. For tests and the simulator.</summary>
    /// <remarks>
    /// Both sides are fixed buffers sized at construction, so sending, reading, writing and
    /// clearing allocate nothing; only <see cref="TakeOutput"/> builds a string. The limits per
    /// call imitate a port that delivers and accepts bytes a few at a time.
    /// </remarks>
    public class MemorySerialPort : ISerialPort
    {
        private readonly byte[] _input;
        private readonly byte[] _output;
        private int _inputStart;
        private int _inputEnd;
        private int _outputCount;
        private int _readLimit;
        private int _writeLimit;

        /// <param name="inputCapacity">Most bytes queued for the console at once.</param>
        /// <param name="outputCapacity">Most bytes recorded from the console before it is cleared; past that, Write takes nothing.</param>
        public MemorySerialPort(int inputCapacity, int outputCapacity)
        {
            if (inputCapacity < 1 || outputCapacity < 1)
            {
                throw new ArgumentOutOfRangeException("inputCapacity", "A memory serial port needs room for at least 1 byte each way; it was given "
                    + inputCapacity + " in and " + outputCapacity + " out.");
            }

            _input = new byte[inputCapacity];
            _output = new byte[outputCapacity];
        }

        /// <summary>Most bytes one Read hands over (0: as many as asked for).</summary>
        public int ReadLimit
        {
            get { return _readLimit; }
            set { _readLimit = value < 0 ? 0 : value; }
        }

        /// <summary>Most bytes one Write takes (0: as many as fit), to imitate a slow port.</summary>
        public int WriteLimit
        {
            get { return _writeLimit; }
            set { _writeLimit = value < 0 ? 0 : value; }
        }

        /// <summary>Bytes queued for the console that it has not read yet.</summary>
        public int PendingInput
        {
            get { return _inputEnd - _inputStart; }
        }

        /// <summary>Bytes the console wrote since the last clear.</summary>
        public int OutputCount
        {
            get { return _outputCount; }
        }

        /// <summary>The remote end sends count bytes of data; returns how many fit in the queue.</summary>
        public int Send(byte[] data, int offset, int count)
        {
            MakeRoom();
            int room = _input.Length - _inputEnd;
            int queued = count < room ? count : room;
            Array.Copy(data, offset, _input, _inputEnd, queued);
            _inputEnd += queued;
            return queued;
        }

        /// <summary>The remote end sends the text's characters as bytes (the low 8 bits of each); returns how many fit.</summary>
        public int Send(string text)
        {
            MakeRoom();
            int queued = 0;
            while (queued < text.Length && _inputEnd < _input.Length)
            {
                _input[_inputEnd] = (byte)text[queued];
                _inputEnd++;
                queued++;
            }

            return queued;
        }

        /// <summary>The byte at position 0 .. OutputCount − 1 of what the console wrote.</summary>
        public byte OutputByte(int position)
        {
            return _output[position];
        }

        /// <summary>Forgets what the console wrote so far.</summary>
        public void ClearOutput()
        {
            _outputCount = 0;
        }

        /// <summary>What the console wrote since the last clear, as text (one char per byte), and clears it. Allocates: for tests.</summary>
        public string TakeOutput()
        {
            char[] text = new char[_outputCount];
            for (int i = 0; i < _outputCount; i++)
            {
                text[i] = (char)_output[i];
            }

            _outputCount = 0;
            return new string(text);
        }

        public int Read(byte[] buffer, int offset, int count)
        {
            int taken = Granted(count, _inputEnd - _inputStart, _readLimit);
            Array.Copy(_input, _inputStart, buffer, offset, taken);
            _inputStart += taken;
            return taken;
        }

        public int Write(byte[] buffer, int offset, int count)
        {
            int taken = Granted(count, _output.Length - _outputCount, _writeLimit);
            Array.Copy(buffer, offset, _output, _outputCount, taken);
            _outputCount += taken;
            return taken;
        }

        /// <summary>How many of count bytes one call moves: no more than available, nor than the limit per call (0: none).</summary>
        private static int Granted(int count, int available, int limit)
        {
            if (limit > 0 && available > limit)
            {
                available = limit;
            }

            int granted = count < available ? count : available;
            return granted < 0 ? 0 : granted;
        }

        /// <summary>Moves the unread bytes to the front so the queue's whole capacity is free for sending.</summary>
        private void MakeRoom()
        {
            if (_inputStart == 0)
            {
                return;
            }

            int pending = _inputEnd - _inputStart;
            Array.Copy(_input, _inputStart, _input, 0, pending);
            _inputStart = 0;
            _inputEnd = pending;
        }
    }
}
