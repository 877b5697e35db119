#if !NANOFRAMEWORK_1_0
using System.Threading;
#endif

namespace Keel.Pools
{
    /// <summary>The one place where the rings' cross-thread publication is chosen per platform.</summary>
    /// <remarks>
    /// A ring's producer publishes its tail after the bytes it wrote, and its consumer its head
    /// after the bytes it read; each reads the other's counter before touching the bytes.
    /// On .NET the two sides may run on two cores and the JIT may reorder or cache plain field
    /// accesses, so publishing is a release write and observing an acquire read (<c>Volatile</c>):
    /// ordered, and free of locked instructions on x64. nanoCLR runs every managed thread on one
    /// core and switches threads only between IL instructions, so there a plain write is seen by
    /// the other thread in program order, and a plain read of a long is never torn: no barrier is
    /// needed, and none is paid for. Counters the two sides both move (the head, under
    /// OverwriteOldest) still go through <c>Interlocked.CompareExchange</c> on both platforms.
    /// </remarks>
    internal static class Fence
    {
        /// <summary>Makes value visible to the other side after every write before it (release).</summary>
        public static void Publish(ref int field, int value)
        {
#if NANOFRAMEWORK_1_0
            field = value;
#else
            Volatile.Write(ref field, value);
#endif
        }

        /// <summary>Reads the other side's counter before any read of what it covers (acquire).</summary>
        public static int Observe(ref int field)
        {
#if NANOFRAMEWORK_1_0
            return field;
#else
            return Volatile.Read(ref field);
#endif
        }

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
