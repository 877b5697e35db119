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
        NeedsErase = 2,

        /// <summary>Header damaged but not proven empty (seen at mount): examined after the replay, then NeedsErase or Damaged.</summary>
        Doubtful = 3,

        /// <summary>Holds records the store cannot place in time (its header is lost): never erased or used until the store is erased on purpose.</summary>
        Damaged = 4
    }
}
