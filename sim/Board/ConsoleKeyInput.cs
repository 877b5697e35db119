using System;

namespace Keel.Sim.Board
{
    /// <summary>Keys from the terminal the simulator runs in, one at a time as a serial terminal sends them: Ctrl-C is a key (it drops the line), arrows are escape sequences.</summary>
    public sealed class ConsoleKeyInput : ITerminalInput, IDisposable
    {
        private readonly bool _treatedControlC;
        private volatile bool _interrupted;

        /// <summary>Takes the terminal's keys; Ctrl-C no longer ends the process until <see cref="Dispose"/>.</summary>
        public ConsoleKeyInput()
        {
            _treatedControlC = System.Console.TreatControlCAsInput;
            System.Console.TreatControlCAsInput = true;
            System.Console.CancelKeyPress += OnCancel;
        }

        public string Read()
        {
            string keys = "";
            while (System.Console.KeyAvailable)
            {
                keys += Translate(System.Console.ReadKey(true));
            }

            return keys;
        }

        public bool TakeInterrupt()
        {
            bool interrupted = _interrupted;
            _interrupted = false;
            return interrupted;
        }

        public void Dispose()
        {
            System.Console.CancelKeyPress -= OnCancel;
            System.Console.TreatControlCAsInput = _treatedControlC;
        }

        /// <summary>What a VT100 terminal sends for the key.</summary>
        public static string Translate(ConsoleKeyInfo key)
        {
            switch (key.Key)
            {
                case ConsoleKey.UpArrow: return "\u001b[A";
                case ConsoleKey.DownArrow: return "\u001b[B";
                case ConsoleKey.RightArrow: return "\u001b[C";
                case ConsoleKey.LeftArrow: return "\u001b[D";
                case ConsoleKey.Home: return "\u001b[H";
                case ConsoleKey.End: return "\u001b[F";
                case ConsoleKey.Delete: return "\u001b[3~";
                case ConsoleKey.Enter: return "\r";
                case ConsoleKey.Backspace: return "\b";
            }

            if (key.KeyChar != '\0')
            {
                return key.KeyChar.ToString();
            }

            // Ctrl with a letter, where the terminal reports the key without its character.
            if ((key.Modifiers & ConsoleModifiers.Control) != 0 && key.Key >= ConsoleKey.A && key.Key <= ConsoleKey.Z)
            {
                return ((char)(key.Key - ConsoleKey.A + 1)).ToString();
            }

            return "";
        }

        private void OnCancel(object sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            _interrupted = true;
        }
    }
}
