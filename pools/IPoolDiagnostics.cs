namespace Keel.Pools
{
    /// <summary>What every pool and ring reports to the memory plan, the registry and the console.</summary>
    /// <remarks>Every member is a field read or a walk over existing arrays: calling them allocates nothing.</remarks>
    public interface IPoolDiagnostics
    {
        /// <summary>Unique name, as shown in the memory map.</summary>
        string Name { get; }

        /// <summary>"slot pool", "block pool", "byte ring", "record ring".</summary>
        string Kind { get; }

        /// <summary>How many slots, blocks, bytes or records it holds.</summary>
        int Capacity { get; }

        /// <summary>Bytes of storage per slot, block, byte or record; 0 when items differ in size (size classes: see the parts).</summary>
        int ItemBytes { get; }

        /// <summary>Declared behaviour for the memory map ("overwrite oldest", "zero-on-release, guard 4 B"); built at boot.</summary>
        string Notes { get; }

        /// <summary>Bytes of payload storage (Capacity × ItemBytes), whoever owns the arrays.</summary>
        int StorageBytes { get; }

        /// <summary>Bytes of bookkeeping kept beside the storage.</summary>
        int MetadataBytes { get; }

        int InUse { get; }

        int HighWater { get; }

        /// <summary>Requests refused or data dropped for lack of room.</summary>
        int Failures { get; }

        /// <summary>Misuse detected and refused (stale or double release, bad bounds).</summary>
        int Faults { get; }

        /// <summary>Zeroes failures and faults and sets the high-water mark to what is in use now.</summary>
        void ResetStatistics();

        /// <summary>
        /// Walks the free lists and metadata; returns the first inconsistency (None when all is
        /// well) and, in position, the slot, block or list entry it was found at (-1 if none).
        /// </summary>
        /// <remarks>
        /// A plain enum and an out int rather than a result struct: the nanoFramework interpreter
        /// keeps struct instances on the managed heap, so a struct per call would be garbage.
        /// </remarks>
        IntegrityProblem CheckIntegrity(out int position);
    }
}
