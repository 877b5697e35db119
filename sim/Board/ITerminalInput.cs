namespace Keel.Sim.Board
{
    /// <summary>What a person types at the simulator, as the bytes a serial terminal would send; never blocks.</summary>
    public interface ITerminalInput
    {
        /// <summary>The bytes typed since the last call ("" when none), or null once the input has ended.</summary>
        string Read();

        /// <summary>True once after Ctrl-C arrived as a signal rather than as a key (input from a pipe, or a terminal that sends SIGINT).</summary>
        bool TakeInterrupt();
    }
}
