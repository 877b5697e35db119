namespace Keel.Pools
{
    /// <summary>The "none" handle every pool returns when it has nothing to give.</summary>
    public static class PoolHandle
    {
        /// <summary>
        /// Zero is never a valid handle: a valid handle always carries an odd generation,
        /// so a field left at its default value reads as "no handle".
        /// </summary>
        public const int None = 0;
    }
}
