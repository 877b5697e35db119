using System;

namespace Keel.Pools
{
    /// <summary>Hardening a block pool can declare in the board config; each costs what the memory map shows.</summary>
    [Flags]
    public enum BlockPoolOptions
    {
        /// <summary>No hardening: LIFO reuse (the warmest block first), no zeroing, no guards.</summary>
        None = 0,

        /// <summary>A released block is zeroed before reuse, so every acquired block reads as zeros (for secrets).</summary>
        ZeroOnRelease = 1,

        /// <summary>Known bytes after each block, checked on acquire, release and the integrity walk; an overwritten block is quarantined.</summary>
        GuardBytes = 2,

        /// <summary>Freed blocks are reused first-freed-first-reused, so a stale handle's memory is not handed out again at once.</summary>
        FifoReuse = 4
    }
}
