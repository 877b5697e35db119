namespace Keel.Console
{
    /// <summary>What one received byte did to the console's line buffer.</summary>
    public enum LineEvent
    {
        /// <summary>Nothing visible: the LF of a CRLF, a backspace on an empty line, a byte past the line's end, part of an escape sequence.</summary>
        None = 0,

        /// <summary>A character was added to the line (noise too: it shows as '?').</summary>
        Stored = 1,

        /// <summary>A backspace removed the last character.</summary>
        Erased = 2,

        /// <summary>A line ended (CR, LF or CRLF): it is in the buffer until the next byte.</summary>
        Ended = 3,

        /// <summary>A line ended that was longer than the buffer: it was discarded whole.</summary>
        DiscardedTooLong = 4,

        /// <summary>A line ended that held non-printable bytes: it was discarded whole.</summary>
        DiscardedNoise = 5,

        /// <summary>Ctrl-C or Ctrl-U dropped the line typed so far.</summary>
        Cancelled = 6,

        /// <summary>The up arrow: the line before in the history.</summary>
        Previous = 7,

        /// <summary>The down arrow: the line after in the history.</summary>
        Next = 8,

        /// <summary>A tab, on a console that completes command names.</summary>
        Complete = 9
    }
}
