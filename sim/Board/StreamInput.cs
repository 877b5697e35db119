using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading;

namespace Keel.Sim.Board
{
    /// <summary>Input from a pipe or a file given as standard input: read on a thread of its own so the loop never blocks; Ctrl-C interrupts a wait instead of ending the simulator.</summary>
    public sealed class StreamInput : ITerminalInput, IDisposable
    {
        private readonly ConcurrentQueue<string> _chunks = new ConcurrentQueue<string>();
        private volatile bool _ended;
        private volatile bool _interrupted;
        private readonly bool _watchCtrlC;

        /// <param name="reader">Where the bytes come from.</param>
        /// <param name="watchCtrlC">Whether Ctrl-C (SIGINT) interrupts instead of ending the process.</param>
        public StreamInput(TextReader reader, bool watchCtrlC)
        {
            _watchCtrlC = watchCtrlC;
            if (watchCtrlC)
            {
                System.Console.CancelKeyPress += OnCancel;
            }

            Thread thread = new Thread(() => Pump(reader));
            thread.IsBackground = true;
            thread.Name = "keel-sim input";
            thread.Start();
        }

        public string Read()
        {
            bool ended = _ended;
            string keys = "";
            string chunk;
            while (_chunks.TryDequeue(out chunk))
            {
                keys += chunk;
            }

            return keys.Length == 0 && ended ? null : keys;
        }

        public bool TakeInterrupt()
        {
            bool interrupted = _interrupted;
            _interrupted = false;
            return interrupted;
        }

        public void Dispose()
        {
            if (_watchCtrlC)
            {
                System.Console.CancelKeyPress -= OnCancel;
            }
        }

        private void Pump(TextReader reader)
        {
            char[] buffer = new char[256];
            while (true)
            {
                int count = reader.Read(buffer, 0, buffer.Length);
                if (count <= 0)
                {
                    break;
                }

                _chunks.Enqueue(new string(buffer, 0, count));
            }

            _ended = true;
        }

        private void OnCancel(object sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            _interrupted = true;
        }
    }
}
