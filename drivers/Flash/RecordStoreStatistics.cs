namespace Keel.Drivers.Flash
{
    /// <summary>What a record store holds and has been through, for the console and the tests; reading it allocates nothing.</summary>
    /// <remarks>
    /// Byte figures count flash bytes (headers and padding included). Live bytes are the current
    /// records. Dead bytes are what a reclaim would win back: superseded, deleted, torn and
    /// corrupt records, delete markers, and the unused tails of sectors no longer appended to.
    /// Free bytes take new records without a reclaim (the spare sector kept for reclaims not
    /// counted). Erase counts are the ones kept in the sector headers, so they survive reboots.
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

        /// <summary>Committed records whose header or CRC did not match at the last mount (the flash changed under them).</summary>
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

        internal void SetMountFindings(int crcFailures, int tornRecords)
        {
            _crcFailuresAtMount = crcFailures;
            _tornRecordsAtMount = tornRecords;
        }

        internal void SetContents(int records, int liveBytes, int deadBytes, int freeBytes)
        {
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
