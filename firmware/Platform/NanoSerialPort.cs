using System.IO.Ports;
using Keel.Console;

namespace Keel.Firmware.Platform
{
    /// <summary>The console's serial port on a nanoFramework board: polled reads and writes of caller-owned buffers, no events.</summary>
    /// <remarks>
    /// System.IO.Ports' DataReceived event, ReadByte/WriteByte, ReadLine, ReadExisting and
    /// Write(string) allocate on every call (NANOFRAMEWORK.md); this binding uses only
    /// BytesToRead and Read/Write(byte[], int, int), which do not. On ESP32, map the UART's pins
    /// before opening it: Configuration.SetPinFunction(rxPin, DeviceFunction.COM2_RX) and
    /// (txPin, DeviceFunction.COM2_TX) from nanoFramework.Hardware.Esp32, in the board's boot code.
    /// Write waits until the driver has taken the bytes, so every byte offered is accepted.
    /// </remarks>
    public class NanoSerialPort : ISerialPort
    {
        private readonly SerialPort _port;

        /// <param name="portName">"COM1" to "COM9" (on ESP32 COM1 usually carries the debugger: use COM2).</param>
        /// <param name="baudRate">115200 for the console.</param>
        public NanoSerialPort(string portName, int baudRate)
        {
            _port = new SerialPort(portName, baudRate, Parity.None, 8, StopBits.One);
            _port.Open();
        }

        /// <summary>The port itself, for settings the board needs (buffer sizes, RS485 mode).</summary>
        public SerialPort Port
        {
            get { return _port; }
        }

        public int Read(byte[] buffer, int offset, int count)
        {
            // Only what has arrived, so Read never waits for more.
            int available = _port.BytesToRead;
            if (available <= 0 || count <= 0)
            {
                return 0;
            }

            return _port.Read(buffer, offset, available < count ? available : count);
        }

        public int Write(byte[] buffer, int offset, int count)
        {
            if (count <= 0)
            {
                return 0;
            }

            _port.Write(buffer, offset, count);
            return count;
        }
    }
}
