namespace Keel.Drivers.Flash
{
    /// <summary>The outcome of a record store operation: steady-state failures are values, never exceptions.</summary>
    public enum StoreResult
    {
        /// <summary>Done: a write or delete is on flash and survives a power cut from now on.</summary>
        Ok = 0,

        /// <summary>No record has this id (never written, or deleted).</summary>
        UnknownId = 1,

        /// <summary>The record is longer than the store's configured maximum; nothing was written.</summary>
        RecordTooLong = 2,

        /// <summary>Even after reclaiming, no sector has room for the record; nothing was written. Delete records to make room.</summary>
        StoreFull = 3,

        /// <summary>The id is new and the RAM index already holds as many ids as the config allows; nothing was written.</summary>
        IndexFull = 4,

        /// <summary>
        /// The flash reported a program, erase or read as failed (worn or faulty part). A write or
        /// delete that returns it did not happen: the previous value stands. Counted in the statistics.
        /// </summary>
        FlashFailed = 5,

        /// <summary>The record read back does not match its CRC (the flash changed under it); the buffer holds what was read.</summary>
        Corrupt = 6,

        /// <summary>The caller's buffer is shorter than the record; nothing was copied (LengthOf tells the size).</summary>
        BufferTooSmall = 7,

        /// <summary>An id outside 0 .. MaxId, a null buffer or bounds outside the caller's array; nothing was done.</summary>
        InvalidArgument = 8,

        /// <summary>The store has not been mounted yet (call TryMount at boot).</summary>
        NotMounted = 9,

        /// <summary>
        /// The flash held data the store could not prove. From a read: this id's latest value was
        /// lost to damage (never an older value instead); writing or deleting the id clears it.
        /// From a mount: mounted and working, but records, sectors or bytes were lost; the
        /// statistics count them (UnreadableSectors, LostBytes, DamagedRecords).
        /// </summary>
        Damaged = 10
    }
}
