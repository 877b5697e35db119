namespace Keel.Drivers.Ports
{
    /// <summary>The hardware the GPIO driver reaches pins through: open once at boot, then read and write by pin number.</summary>
    /// <remarks>
    /// Levels are bools (true = high) so that the steady state passes no structs or objects across
    /// the port. <see cref="Read"/> and <see cref="Write"/> run every main-loop pass and must not
    /// allocate; <see cref="Open"/> runs at boot and may. The driver checks pin numbers and modes
    /// before it calls the port.
    /// </remarks>
    public interface IGpioPort
    {
        /// <summary>Boot: opens the pin in the mode; called once per pin.</summary>
        void Open(int pin, GpioMode mode);

        /// <summary>The raw level of an open pin, true when high.</summary>
        bool Read(int pin);

        /// <summary>Drives an open output pin high (true) or low (false).</summary>
        void Write(int pin, bool high);
    }
}
