using Keel.Console;
using Keel.Firmware.Boards;
using Keel.Firmware.Boot;
using Keel.Sim.Flash;
using Keel.Sim.Ports;

namespace Keel.Soak
{
    /// <summary>The firmware booted on simulated parts (clock, GPIO, serial port and NOR flash in memory) with the platform's own garbage watch, driven a step or a typed line at a time.</summary>
    /// <remarks>
    /// Everything here is device code: on the interpreter this is the firmware a board runs, minus
    /// the hardware. Typing and stepping allocate nothing once the lines exist, so a soak measures
    /// only what the firmware allocates.
    /// </remarks>
    public class SoakBoard
    {
        /// <summary>Program unit of the simulated flash, as on the simulator's board.</summary>
        public const int FlashProgramUnit = 4;

        private const int PortBytes = 8192;
        private static readonly string LineEnd = "\r\n";

        private readonly BoardConfig _config;
        private readonly SimulatedClock _clock = new SimulatedClock();
        private readonly SimulatedGpioPort _gpio;
        private readonly MemorySerialPort _port = new MemorySerialPort(PortBytes, PortBytes);
        private readonly SimulatedNorFlash _flash;
        private readonly KeelFirmware _firmware;

        /// <summary>Boots the board config with echo on (a person at a terminal) or off (a script).</summary>
        public SoakBoard(BoardConfig config, bool echo)
        {
            _config = config;
            _gpio = new SimulatedGpioPort(config.GpioPinCount, _clock);
            _flash = new SimulatedNorFlash(config.FlashSectorSize, config.FlashSectors, FlashProgramUnit);
            _firmware = new KeelFirmware(config, _gpio, _clock, _port, _flash, PlatformHeapProbe.Create(), echo, null);
            Settle();
            _port.ClearOutput();
        }

        public BoardConfig Config => _config;

        public KeelFirmware Firmware => _firmware;

        public SimulatedClock Clock => _clock;

        public SimulatedGpioPort Gpio => _gpio;

        public MemorySerialPort Port => _port;

        public SimulatedNorFlash Flash => _flash;

        /// <summary>One main-loop iteration, then the clock moves on by the sleep it asked for (at least 1 µs).</summary>
        public void Step()
        {
            long sleep = _firmware.Step();
            _clock.Advance(sleep < 1 ? 1 : sleep);
        }

        /// <summary>One main-loop iteration after the clock moved on by the given time.</summary>
        public void StepAfter(long microseconds)
        {
            _clock.Advance(microseconds);
            _firmware.Step();
        }

        /// <summary>Types a line (without its line end) and runs the loop until the console has answered; the answer is discarded.</summary>
        public void Type(string line)
        {
            _port.Send(line);
            _port.Send(LineEnd);
            Settle();
            _port.ClearOutput();
        }

        /// <summary>Sends raw bytes (control bytes, a line end or none) and runs the loop until the console has taken them.</summary>
        public void Send(byte[] bytes)
        {
            _port.Send(bytes, 0, bytes.Length);
            Settle();
            _port.ClearOutput();
        }

        private void Settle()
        {
            while (_port.PendingInput > 0)
            {
                _firmware.Step();
            }

            _firmware.Step();
        }
    }
}
