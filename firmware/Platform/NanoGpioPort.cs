using System;
using System.Device.Gpio;
using Keel.Drivers.Ports;

namespace Keel.Firmware.Platform
{
    /// <summary>The GPIO port over System.Device.Gpio: pins opened at boot and kept in an array, inputs polled.</summary>
    /// <remarks>
    /// Inputs are read with GpioPin.Read(), which returns the PinValue struct: no ValueChanged
    /// handler is ever attached, because every event allocates an event object and its arguments
    /// (NANOFRAMEWORK.md). Read and Write allocate nothing.
    /// </remarks>
    public class NanoGpioPort : IGpioPort
    {
        private readonly GpioController _controller;
        private readonly GpioPin[] _pins;

        /// <param name="boardPinCount">Pin numbers 0 to boardPinCount − 1 (the board config's pin count).</param>
        public NanoGpioPort(int boardPinCount)
        {
            _controller = new GpioController();
            _pins = new GpioPin[boardPinCount];
        }

        /// <summary>Boot: opens the pin; throws when this board's pin cannot take the mode.</summary>
        public void Open(int pin, GpioMode mode)
        {
            PinMode pinMode = ToPinMode(mode);
            if (!_controller.IsPinModeSupported(pin, pinMode))
            {
                throw new ArgumentException("GPIO pin " + pin.ToString() + " of this board does not support mode "
                    + ((int)mode).ToString() + " (see GpioMode). Choose another pin or mode in the board config.");
            }

            _pins[pin] = _controller.OpenPin(pin, pinMode);
        }

        // PinValue is a struct, and the interpreter keeps struct instances on the managed heap:
        // the explicit bool conversion and two cached values spare the per-call PinValue.High
        // getter and op_Equality copies. Read() itself still returns one; measure on a board.
        private static readonly PinValue High = PinValue.High;
        private static readonly PinValue Low = PinValue.Low;

        public bool Read(int pin)
        {
            return (bool)_pins[pin].Read();
        }

        public void Write(int pin, bool high)
        {
            _pins[pin].Write(high ? High : Low);
        }

        private static PinMode ToPinMode(GpioMode mode)
        {
            switch (mode)
            {
                case GpioMode.InputPullDown: return PinMode.InputPullDown;
                case GpioMode.InputPullUp: return PinMode.InputPullUp;
                case GpioMode.Output: return PinMode.Output;
                case GpioMode.OutputOpenDrain: return PinMode.OutputOpenDrain;
                default: return PinMode.Input;
            }
        }
    }
}
