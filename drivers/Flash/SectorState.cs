namespace Keel.Drivers.Flash
{
    /// <summary>What the record store knows about one sector, in RAM.</summary>
    internal enum SectorState
    {
        /// <summary>Erased and formatted (valid format block, nothing else written): ready to be opened.</summary>
        Free = 0,

        /// <summary>Opened (valid open block): holds records; the newest open sector takes the appends.</summary>
        Open = 1,

        /// <summary>Holds nothing the store needs (garbage, reclaimed, rolled back, or a failed erase): to be erased.</summary>
        NeedsErase = 2
    }
}
