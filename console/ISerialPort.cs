namespace Keel.Console
{
    /// <summary>The byte stream the console talks over: reads what has arrived without waiting, writes what it can.</summary>
    /// <remarks>
    /// Both calls work on caller-owned buffers so that a polled implementation allocates
    /// nothing. The device binding is firmware/Platform/NanoSerialPort; tests and the
    /// simulator use <see cref="MemorySerialPort"/>.
    /// </remarks>
    public interface ISerialPort
    {
        /// <summary>Copies up to count received bytes into buffer from offset and returns how many; 0 when none have arrived. Never blocks.</summary>
        int Read(byte[] buffer, int offset, int count);

        /// <summary>Sends up to count bytes of buffer from offset and returns how many the port took; the console keeps the rest for later.</summary>
        int Write(byte[] buffer, int offset, int count);
    }
}
