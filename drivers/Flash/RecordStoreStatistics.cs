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
    /// records and headers proven corrupt, sectors unreadable and bytes lost at the last mount,
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
        private int _unreadableSectorsAtMount;
        private int _lostBytesAtMount;
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

        /// <summary>Sectors whose header could not be proven at the last mount although they held data: erased (nothing provable in them) or kept out of use (they hold records of unknown age).</summary>
        public int UnreadableSectorsAtMount
        {
            get { return _unreadableSectorsAtMount; }
        }

        /// <summary>Flash bytes that held data the last mount could not prove (corrupt records, unreadable sectors and log regions).</summary>
        public int LostBytesAtMount
        {
            get { return _lostBytesAtMount; }
        }

        /// <summary>Ids whose latest value is lost: they read Damaged until written or deleted again (kept on flash across mounts).</summary>
        public int DamagedRecords
        {
            get { return _damagedRecords; }
        }

        /// <summary>Whether the last mount found data it could not prove, or ids read Damaged: what the boot line and 'flash' report.</summary>
        public bool HasDamage
        {
            get { return _damagedRecords > 0 || _unreadableSectorsAtMount > 0 || _lostBytesAtMount > 0; }
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
            _unreadableSectorsAtMount = unreadableSectors;
            _lostBytesAtMount = lostBytes;
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
