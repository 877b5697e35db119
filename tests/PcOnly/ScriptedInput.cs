using System.Collections.Generic;
using Keel.Sim.Board;

namespace Keel.Tests.PcOnly
{
    /// <summary>Keys for an interactive session, handed out one chunk per read ("" is a read with nothing typed); the input ends after the last. A chunk "SIGINT" stands for Ctrl-C arriving as a signal.</summary>
    public sealed class ScriptedInput : ITerminalInput
    {
        /// <summary>The chunk that stands for a Ctrl-C signal.</summary>
        public const string Signal = "SIGINT";

        private readonly Queue<string> _chunks;
        private bool _interrupt;

        public ScriptedInput(params string[] chunks)
        {
            _chunks = new Queue<string>(chunks);
        }

        public string Read()
        {
            if (_chunks.Count == 0)
            {
                return null;
            }

            string chunk = _chunks.Dequeue();
            if (chunk == Signal)
            {
                _interrupt = true;
                return "";
            }

            return chunk;
        }

        public bool TakeInterrupt()
        {
            bool interrupt = _interrupt;
            _interrupt = false;
            return interrupt;
        }
    }
}
