namespace Keel.Drivers.Ports
{
    /// <summary>What a NOR-flash port says about one read, program or erase.</summary>
    public enum FlashResult
    {
        /// <summary>Done as asked.</summary>
        Ok = 0,

        /// <summary>The address range, sector or buffer bounds lie outside the part or the caller's array; nothing changed.</summary>
        OutOfRange = 1,

        /// <summary>A program did not start on, or cover a whole number of, program units; nothing changed.</summary>
        Misaligned = 2,

        /// <summary>A program asked a 0 bit to become 1, which only an erase can do; nothing changed.</summary>
        BitsCannotBeSet = 3,

        /// <summary>The part reported the operation failed (worn or faulty); what it left behind is unknown.</summary>
        Failed = 4,

        /// <summary>
        /// The power went during the operation (a simulated part: on a device the CPU stops instead).
        /// The interrupted operation is partly done and every later one is refused until power returns.
        /// </summary>
        PowerLost = 5
    }
}
