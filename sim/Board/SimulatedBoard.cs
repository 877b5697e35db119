using System;
using Keel.Console;
using Keel.Firmware.Boards;
using Keel.Firmware.Boot;
using Keel.Sim.Flash;
using Keel.Sim.Heap;
using Keel.Sim.Ports;

namespace Keel.Sim.Board
{
    /// <summary>A board made of simulated parts (clock, GPIO, serial port in memory, NOR flash in memory or in an image file) running the firmware in virtual time.</summary>
    /// <remarks>
    /// The board can be rebooted (<see cref="Reboot"/>) and have its power cut (<see cref="CutPower"/>):
    /// either keeps the flash and the clock (virtual time goes on), and boots a new firmware on
    /// fresh GPIO pins. The simulator's own console commands (press, set, wait, quit, exit,
    /// reboot, cut) are registered in the firmware's command table, so 'help' lists them; those
    /// that act on the simulator rather than the board leave a request that
    /// <see cref="TakeWaitRequest"/> and <see cref="QuitRequested"/> hand to the session.
    /// </remarks>
    public sealed class SimulatedBoard : IDisposable
    {
        /// <summary>Program unit of the simulated flash (a typical NOR part programs 4 bytes at a time).</summary>
        public const int FlashProgramUnit = 4;

        private const int PortInputBytes = 4096;
        private const int PortOutputBytes = 1 << 20;

        private readonly BoardConfig _config;
        private readonly bool _echo;
        private readonly SimulatedClock _clock = new SimulatedClock();
        private readonly MemorySerialPort _port = new MemorySerialPort(PortInputBytes, PortOutputBytes);
        private readonly SimulatedNorFlash _flash;
        private readonly System.Text.StringBuilder _notes = new System.Text.StringBuilder();
        private SimulatedGpioPort _gpio;
        private ThreadAllocationProbe _probe;
        private KeelFirmware _firmware;
        private PressCommand _press;
        private long _waitRequest = -1;
        private bool _quitRequested;
        private bool _rebootRequested;
        private long _cutRequest = -1;
        private long _armedCutBytes = -1;
        private int _boots;

        /// <param name="board">The board config to boot.</param>
        /// <param name="flashPath">An image file that keeps the flash between runs, or null for flash in memory.</param>
        public SimulatedBoard(BoardConfig board, string flashPath)
            : this(board, flashPath, false)
        {
        }

        /// <param name="board">The board config to boot.</param>
        /// <param name="flashPath">An image file that keeps the flash between runs, or null for flash in memory.</param>
        /// <param name="echo">The console echoes what is typed and shows its prompt, for a person at a terminal (scripts echo lines themselves).</param>
        public SimulatedBoard(BoardConfig board, string flashPath, bool echo)
        {
            _config = board;
            _echo = echo;
            _flash = flashPath == null
                ? new SimulatedNorFlash(board.FlashSectorSize, board.FlashSectors, FlashProgramUnit)
                : new FileBackedNorFlash(flashPath, board.FlashSectorSize, board.FlashSectors, FlashProgramUnit);
            Boot();
        }

        public KeelFirmware Firmware
        {
            get { return _firmware; }
        }

        public BoardConfig Config
        {
            get { return _config; }
        }

        public SimulatedClock Clock
        {
            get { return _clock; }
        }

        /// <summary>The GPIO pins of the firmware now running (a reboot brings fresh ones).</summary>
        public SimulatedGpioPort Gpio
        {
            get { return _gpio; }
        }

        public MemorySerialPort Port
        {
            get { return _port; }
        }

        public SimulatedNorFlash Flash
        {
            get { return _flash; }
        }

        public ThreadAllocationProbe Probe
        {
            get { return _probe; }
        }

        /// <summary>Boots since the simulator started (1 after the first; reboots and power cuts add one).</summary>
        public int Boots
        {
            get { return _boots; }
        }

        /// <summary>Whether 'quit' or 'exit' was typed.</summary>
        public bool QuitRequested
        {
            get { return _quitRequested; }
        }

        /// <summary>Bytes after which an armed power cut falls ('cut N'), or -1 when none is armed.</summary>
        public long ArmedCutBytes
        {
            get { return _armedCutBytes; }
        }

        /// <summary>What the firmware wrote to the console since the last call, and the simulator's own notes (power cuts, reboots) in order.</summary>
        public string TakeOutput()
        {
            string output = _port.TakeOutput();
            if (_notes.Length == 0)
            {
                return output;
            }

            string notes = _notes.ToString();
            _notes.Clear();
            return notes + output;
        }

        /// <summary>Types a line on the console and runs the loop (without advancing time) until it has answered; returns whether the console neither counted an error nor discarded the line.</summary>
        public bool TypeLine(string line)
        {
            int errors = _firmware.Console.Errors;
            int discarded = _firmware.Console.LinesDiscarded;
            SerialConsole console = _firmware.Console;
            Send(line + "\r\n");
            Settle();
            // A reboot during the line brings a new console: the line's own answer was on the old one.
            return console.Errors == errors && console.LinesDiscarded == discarded;
        }

        /// <summary>Puts bytes on the console's serial line, as a terminal sends them (no loop runs).</summary>
        public void Send(string bytes)
        {
            _port.Send(bytes);
        }

        /// <summary>Runs the loop without advancing time until the console has taken what the port holds, then carries out a reboot or power cut a command asked for.</summary>
        public void Settle()
        {
            // The console takes what the port holds in one pass; a second sends what is left.
            while (_port.PendingInput > 0)
            {
                StepOnce();
            }

            StepOnce();
            CarryOutRequests();
        }

        /// <summary>Runs the main loop for a span of virtual time, sleeping from deadline to deadline as the device would.</summary>
        public void RunFor(long microseconds)
        {
            long end = _clock.NowMicroseconds + microseconds;
            while (true)
            {
                long sleep = StepOnce();
                long next = _clock.NowMicroseconds + (sleep < 1 ? 1 : sleep);
                if (next > end)
                {
                    break;
                }

                _clock.AdvanceTo(next);
            }

            if (_clock.NowMicroseconds < end)
            {
                _clock.AdvanceTo(end);
                StepOnce();
            }

            CarryOutRequests();
        }

        /// <summary>Runs count loop iterations, each after the sleep the previous one asked for.</summary>
        public void RunSteps(long count)
        {
            for (long i = 0; i < count; i++)
            {
                long sleep = StepOnce();
                _clock.Advance(sleep < 1 ? 1 : sleep);
            }

            CarryOutRequests();
        }

        /// <summary>The time a 'wait' asked for (and forgets it), or -1 when none did.</summary>
        public long TakeWaitRequest()
        {
            long wait = _waitRequest;
            _waitRequest = -1;
            return wait;
        }

        /// <summary>Asks the session to let virtual time pass once the line has run ('wait').</summary>
        public void RequestWait(long microseconds)
        {
            _waitRequest = microseconds;
        }

        /// <summary>Asks the session to end once the line has run ('quit', 'exit').</summary>
        public void RequestQuit()
        {
            _quitRequested = true;
        }

        /// <summary>Asks for a reboot once the line has run ('reboot').</summary>
        public void RequestReboot()
        {
            _rebootRequested = true;
        }

        /// <summary>Asks for a power cut once the line has run: now (bytes &lt; 0), or armed to fall after that many more programmed bytes.</summary>
        public void RequestCut(long bytes)
        {
            _cutRequest = bytes < 0 ? 0 : bytes + 1;
        }

        /// <summary>Restarts the firmware as a reset button would: the flash and virtual time are kept, the GPIO pins and RAM start afresh.</summary>
        public void Reboot()
        {
            _flash.CancelPowerCut();
            _armedCutBytes = -1;
            Note("-- reboot: the flash is kept --");
            Boot();
        }

        /// <summary>Cuts the power now (whatever the flash was doing is left as it stands) and powers the board up again.</summary>
        public void CutPower()
        {
            Note("-- power cut now --");
            PowerUpAfterCut();
        }

        /// <summary>Arms the simulated flash part to lose power after bytes more programmed bytes (the byte after them half-programmed); the board reboots when it happens.</summary>
        public void ArmCut(long bytes)
        {
            _flash.CutPowerAfterProgrammedBytes(bytes);
            _armedCutBytes = bytes;
        }

        public void Dispose()
        {
            IDisposable disposable = _flash as IDisposable;
            if (disposable != null)
            {
                disposable.Dispose();
            }
        }

        private long StepOnce()
        {
            long sleep = _firmware.Step();
            if (!_flash.IsPowered)
            {
                Note("-- power cut: the flash lost power after " + _armedCutBytes + " more programmed bytes, in the middle of a write --");
                PowerUpAfterCut();
            }

            return sleep;
        }

        private void CarryOutRequests()
        {
            if (_rebootRequested)
            {
                _rebootRequested = false;
                Reboot();
            }

            if (_cutRequest == 0)
            {
                _cutRequest = -1;
                CutPower();
            }
            else if (_cutRequest > 0)
            {
                ArmCut(_cutRequest - 1);
                _cutRequest = -1;
            }
        }

        private void PowerUpAfterCut()
        {
            _flash.RestorePower();
            _armedCutBytes = -1;
            Boot();
            string boot = WithoutPrompt(_port.TakeOutput());
            _notes.Append(boot);
            _notes.Append("-- what survived the cut: ");
            if (_firmware.IsRunning)
            {
                _notes.Append("boot counter ").Append(_firmware.App.BootCount).Append(", ")
                    .Append(_firmware.App.Presses).Append(_firmware.App.Presses == 1 ? " press counted, " : " presses counted, ")
                    .Append(_firmware.Store.Count).Append(_firmware.Store.Count == 1 ? " record in the store" : " records in the store");
            }
            else
            {
                _notes.Append("nothing: the board did not boot");
            }

            _notes.Append(" ('log' and 'flash' show them) --").Append("\r\n");
            if (_echo)
            {
                _notes.Append(SerialConsole.Prompt);
            }
        }

        /// <summary>The text without the console's prompt at its end, so that a note of the simulator starts its own line.</summary>
        private string WithoutPrompt(string output)
        {
            return _echo && output.EndsWith(SerialConsole.Prompt, StringComparison.Ordinal)
                ? output.Substring(0, output.Length - SerialConsole.Prompt.Length)
                : output;
        }

        /// <summary>Adds a line of the simulator's own after what the firmware has written so far.</summary>
        private void Note(string line)
        {
            _notes.Append(WithoutPrompt(_port.TakeOutput()));
            _notes.Append(line).Append("\r\n");
        }

        private void Boot()
        {
            _boots++;
            _gpio = new SimulatedGpioPort(_config.GpioPinCount, _clock);
            _probe = new ThreadAllocationProbe();
            _press = new PressCommand(this);
            IConsoleCommand[] commands =
            {
                _press,
                new SetPinCommand(this),
                new WaitCommand(this),
                new QuitCommand(this, "quit"),
                new QuitCommand(this, "exit"),
                new RebootCommand(this),
                new CutCommand(this),
            };
            _firmware = new KeelFirmware(_config, _gpio, _clock, _port, _flash, _probe, _echo, commands);
            while (_port.PendingInput > 0)
            {
                _firmware.Step();
            }

            _firmware.Step();
        }
    }
}
