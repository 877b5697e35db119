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
    public sealed class SimulatedBoard : IDisposable
    {
        /// <summary>Program unit of the simulated flash (a typical NOR part programs 4 bytes at a time).</summary>
        public const int FlashProgramUnit = 4;

        private const int PortInputBytes = 4096;
        private const int PortOutputBytes = 1 << 20;

        private readonly SimulatedClock _clock = new SimulatedClock();
        private readonly SimulatedGpioPort _gpio;
        private readonly MemorySerialPort _port = new MemorySerialPort(PortInputBytes, PortOutputBytes);
        private readonly SimulatedNorFlash _flash;
        private readonly ThreadAllocationProbe _probe = new ThreadAllocationProbe();
        private readonly KeelFirmware _firmware;

        /// <param name="board">The board config to boot.</param>
        /// <param name="flashPath">An image file that keeps the flash between runs, or null for flash in memory.</param>
        public SimulatedBoard(BoardConfig board, string flashPath)
        {
            _gpio = new SimulatedGpioPort(board.GpioPinCount, _clock);
            _flash = flashPath == null
                ? new SimulatedNorFlash(board.FlashSectorSize, board.FlashSectors, FlashProgramUnit)
                : new FileBackedNorFlash(flashPath, board.FlashSectorSize, board.FlashSectors, FlashProgramUnit);
            PressCommand press = new PressCommand(_gpio, _clock, board.ButtonPin, board.ButtonPressedHigh);
            _firmware = new KeelFirmware(board, _gpio, _clock, _port, _flash, _probe, false, new IConsoleCommand[] { press });
            Settle();
        }

        public KeelFirmware Firmware
        {
            get { return _firmware; }
        }

        public SimulatedClock Clock
        {
            get { return _clock; }
        }

        public SimulatedGpioPort Gpio
        {
            get { return _gpio; }
        }

        public MemorySerialPort Port
        {
            get { return _port; }
        }

        public ThreadAllocationProbe Probe
        {
            get { return _probe; }
        }

        /// <summary>What the firmware wrote to the console since the last call.</summary>
        public string TakeOutput()
        {
            return _port.TakeOutput();
        }

        /// <summary>Types a line on the console and runs the loop (without advancing time) until it has answered; returns whether the console counted no error for it.</summary>
        public bool TypeLine(string line)
        {
            int errors = _firmware.Console.Errors;
            _port.Send(line);
            _port.Send("\r\n");
            Settle();
            return _firmware.Console.Errors == errors;
        }

        /// <summary>Runs the main loop for a span of virtual time, sleeping from deadline to deadline as the device would.</summary>
        public void RunFor(long microseconds)
        {
            long end = _clock.NowMicroseconds + microseconds;
            while (true)
            {
                long sleep = _firmware.Step();
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
                _firmware.Step();
            }
        }

        /// <summary>Runs count loop iterations, each after the sleep the previous one asked for.</summary>
        public void RunSteps(long count)
        {
            for (long i = 0; i < count; i++)
            {
                long sleep = _firmware.Step();
                _clock.Advance(sleep < 1 ? 1 : sleep);
            }
        }

        public void Dispose()
        {
            IDisposable disposable = _flash as IDisposable;
            if (disposable != null)
            {
                disposable.Dispose();
            }
        }

        private void Settle()
        {
            // The console takes what the port holds in one pass; a second sends what is left.
            while (_port.PendingInput > 0)
            {
                _firmware.Step();
            }

            _firmware.Step();
        }
    }
}
