#if !NANOFRAMEWORK_1_0
using System.Threading;
#endif

namespace Keel.Pools
{
    /// <summary>The one place where the cost of reading another thread's 64-bit statistics is chosen per platform.</summary>
    /// <remarks>
    /// nanoCLR runs every managed thread on one core and switches threads only between IL
    /// instructions, so a plain load of a long is whole. On .NET a 32-bit process may tear a
    /// long read while another thread writes it; <c>Volatile.Read</c> of a long is atomic everywhere.
    /// </remarks>
    internal static class Fence
    {
        /// <summary>A 64-bit counter written by another thread: never torn, possibly a moment old.</summary>
        public static long ReadStatistic(ref long field)
        {
#if NANOFRAMEWORK_1_0
            return field;
#else
            return Volatile.Read(ref field);
#endif
        }
    }
}
