namespace Keel.Drivers.Flash
{
    /// <summary>What a record store holds and has been through, for the console and the tests; reading it allocates nothing.</summary>
    /// <remarks>
    /// Byte figures count flash bytes (headers and padding included). Live bytes are the current
    /// records. Dead bytes are what a reclaim would win back: superseded, deleted, torn and
    /// corrupt records, delete markers, and the unused tails of sectors no longer appended to.
    /// Free bytes take new records without a reclaim (the spare sector kept for reclaims not
    /// counted). Erase counts are the ones kept in the sector headers, so they survive reboots.
    /// Damage (docs/flash-reliability.md): blocks corrected (one flipped bit found by the CRC),
    /// records and headers proven corrupt at the last mount, sectors unreadable since the store was
    /// last erased (kept on flash) and bytes lost,
    /// and the ids whose latest value is lost (they read <see cref="StoreResult.Damaged"/>).
    /// </remarks>
    public class RecordStoreStatistics
    {
        private readonly int[] _eraseCounts;

        private int _records;
        private int _liveBytes;
        private int _deadBytes;
        private int _freeBytes;
        private int _reclaims;
        private int _crcFailuresAtMount;
        private int _tornRecordsAtMount;
        private int _flashFailures;
        private int _correctedBlocks;
        private int _unreadableSectors;
        private int _lostBytes;
        private int _damagedRecords;
        private int _minSectorErases;
        private int _maxSectorErases;

        internal RecordStoreStatistics(int[] eraseCounts)
        {
            _eraseCounts = eraseCounts;
        }

        /// <summary>Records the store holds (ids with a current value).</summary>
        public int Records
        {
            get { return _records; }
        }

        public int LiveBytes
        {
            get { return _liveBytes; }
        }

        public int DeadBytes
        {
            get { return _deadBytes; }
        }

        public int FreeBytes
        {
            get { return _freeBytes; }
        }

        /// <summary>Sectors reclaimed (live records copied forward, then erased) since the store was created.</summary>
        public int Reclaims
        {
            get { return _reclaims; }
        }

        /// <summary>Committed records and sector headers whose CRC did not match at the last mount, even after correcting one bit (the flash changed under them).</summary>
        public int CrcFailuresAtMount
        {
            get { return _crcFailuresAtMount; }
        }

        /// <summary>Records found half-written at the last mount (a power cut during their write); they never counted.</summary>
        public int TornRecordsAtMount
        {
            get { return _tornRecordsAtMount; }
        }

        /// <summary>Reads, programs and erases the flash reported as failed since the store was created.</summary>
        public int FlashFailures
        {
            get { return _flashFailures; }
        }

        /// <summary>Blocks (record headers and payloads, sector headers) that failed their CRC by one flipped bit and were corrected, since the store was created.</summary>
        public int CorrectedBlocks
        {
            get { return _correctedBlocks; }
        }

        /// <summary>
        /// Sectors found holding data under a header that could not be proven, since the store was
        /// last erased (the count is kept on flash, in the store's loss record): their records
        /// that prove themselves marked their ids damaged, the rest was lost; then they were erased.
        /// </summary>
        public int UnreadableSectors
        {
            get { return _unreadableSectors; }
        }

        /// <summary>Flash bytes of data that could not be proven: in unreadable sectors since the store was last erased, and in corrupt records and log regions found at the last mount.</summary>
        public int LostBytes
        {
            get { return _lostBytes; }
        }

        /// <summary>Ids whose latest value is lost: they read Damaged until written or deleted again (kept on flash across mounts).</summary>
        public int DamagedRecords
        {
            get { return _damagedRecords; }
        }

        /// <summary>Whether data could not be proven (unreadable sectors since the last erase, lost bytes at the last mount) or ids read Damaged: what the boot line and 'flash' report.</summary>
        public bool HasDamage
        {
            get { return _damagedRecords > 0 || _unreadableSectors > 0 || _lostBytes > 0; }
        }

        /// <summary>Erases of the least erased sector whose count is known.</summary>
        public int MinSectorErases
        {
            get { return _minSectorErases; }
        }

        /// <summary>Erases of the most erased sector.</summary>
        public int MaxSectorErases
        {
            get { return _maxSectorErases; }
        }

        /// <summary>Erases of one sector as its header records them; -1 while unknown (a sector found without a valid header).</summary>
        public int SectorErases(int sector)
        {
            return _eraseCounts[sector];
        }

        internal void CountReclaim()
        {
            _reclaims++;
        }

        internal void CountFlashFailure()
        {
            _flashFailures++;
        }

        internal void CountCorrected()
        {
            _correctedBlocks++;
        }

        internal void SetMountFindings(int crcFailures, int tornRecords, int unreadableSectors, int lostBytes)
        {
            _crcFailuresAtMount = crcFailures;
            _tornRecordsAtMount = tornRecords;
            _unreadableSectors = unreadableSectors;
            _lostBytes = lostBytes;
        }

        internal void SetContents(int records, int damagedRecords, int liveBytes, int deadBytes, int freeBytes)
        {
            _damagedRecords = damagedRecords;
            _records = records;
            _liveBytes = liveBytes;
            _deadBytes = deadBytes;
            _freeBytes = freeBytes;
        }

        internal void SetEraseRange(int minimum, int maximum)
        {
            _minSectorErases = minimum;
            _maxSectorErases = maximum;
        }
    }
}
