using System.Threading;
using Keel.Firmware.Boards;
using Keel.Firmware.Boot;
using nanoFramework.Hardware.Esp32;

namespace Keel.Firmware.Platform
{
    /// <summary>The device's entry point: builds the nanoFramework ports for the board, boots the firmware and runs its main loop forever.</summary>
    /// <remarks>
    /// As shipped it boots the ESP32-DevKitC config with the ESP32 microsecond clock. For another
    /// ESP32 board change <see cref="Board"/>; for the STM32F769I-DISCO also use NanoClock and drop
    /// the COM2 pin mapping and the nanoFramework.Hardware.Esp32 reference (README, "Deploying").
    /// </remarks>
    public static class DeviceProgram
    {
        public static void Main()
        {
            BoardConfig board = Board();
            if (board.ConsoleRxPin >= 0)
            {
                // ESP32 routes any pin to a UART: map the console's before the port is opened.
                Configuration.SetPinFunction(board.ConsoleRxPin, DeviceFunction.COM2_RX);
                Configuration.SetPinFunction(board.ConsoleTxPin, DeviceFunction.COM2_TX);
            }

            KeelFirmware firmware = new KeelFirmware(board,
                new NanoGpioPort(board.GpioPinCount),
                new Esp32HighResClock(),
                new NanoSerialPort(board.ConsolePort, 115200),
                new FileNorFlash(board.FlashFilePath, board.FlashSectorSize, board.FlashSectors),
                new NanoHeapProbe(),
                true,
                null);
            while (true)
            {
                long sleep = firmware.Step();
                Thread.Sleep((int)(sleep / 1000));
            }
        }

        /// <summary>The board this image is built for.</summary>
        private static BoardConfig Board()
        {
            return Esp32DevKitC.Describe();
        }
    }
}
