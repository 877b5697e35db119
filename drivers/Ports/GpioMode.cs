namespace Keel.Drivers.Ports
{
    /// <summary>How a pin is opened: Keel's own names, so drivers never depend on System.Device.Gpio.</summary>
    /// <remarks>The numbers match System.Device.Gpio.PinMode, which makes the device binding a cast.</remarks>
    public enum GpioMode
    {
        /// <summary>Input, floating: the circuit drives the level.</summary>
        Input = 0,

        /// <summary>Input with the internal pull-down: reads low when nothing drives it.</summary>
        InputPullDown = 1,

        /// <summary>Input with the internal pull-up: reads high when nothing drives it (a button to ground).</summary>
        InputPullUp = 2,

        /// <summary>Push-pull output.</summary>
        Output = 3,

        /// <summary>Open-drain output: drives low, floats high.</summary>
        OutputOpenDrain = 4
    }
}
