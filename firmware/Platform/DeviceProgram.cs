using System;
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
    /// the COM2 pin mapping and the nanoFramework.Hardware.Esp32 reference (docs/deploying.md).
    /// </remarks>
    public static class DeviceProgram
    {
        public static void Main()
        {
            KeelFirmware firmware = Boot();
            while (true)
            {
                long sleep = firmware.Step();
                Thread.Sleep((int)(sleep / 1000));
            }
        }

        /// <summary>Boot: the ports for the board, then the firmware on them.</summary>
        private static KeelFirmware Boot()
        {
            BoardConfig board = Board();
            if (board.ConsoleRxPin >= 0)
            {
                // ESP32 routes any pin to a UART: map the console's before the port is opened.
                Configuration.SetPinFunction(board.ConsoleRxPin, DeviceFunction.COM2_RX);
                Configuration.SetPinFunction(board.ConsoleTxPin, DeviceFunction.COM2_TX);
            }

            // A flash file that cannot be opened (no drive, another geometry) is a boot error like
            // any other: the firmware boots without a store, stays on the console and says why.
            FileNorFlash flash = null;
            string flashError = null;
            try
            {
                flash = new FileNorFlash(board.FlashFilePath, board.FlashSectorSize, board.FlashSectors);
            }
            catch (Exception failure)
            {
                flashError = failure.Message;
            }

            KeelFirmware firmware = new KeelFirmware(board,
                new NanoGpioPort(board.GpioPinCount),
                new Esp32HighResClock(),
                new NanoSerialPort(board.ConsolePort, 115200),
                flash,
                new NanoHeapProbe(),
                true,
                null);
            if (flashError != null)
            {
                firmware.Console.Output.Text("flash file " + board.FlashFilePath + ": " + flashError);
                firmware.Console.Output.NewLine();
            }

            return firmware;
        }

        /// <summary>Boot: the board this image is built for.</summary>
        private static BoardConfig Board()
        {
            return Esp32DevKitC.Describe();
        }
    }
}
