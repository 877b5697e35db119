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
    /// needed, and none is paid for. The rings' hot paths spell the device case out as plain field
    /// accesses (under NANOFRAMEWORK_1_0), because on the interpreter even an empty call costs
    /// several instructions' time.
    ///
    /// OverwriteOldest adds a seqlock-style check: the producer counts an overwrite before it
    /// writes over old bytes, and the consumer reads that count after its copy. Those two need
    /// full barriers on .NET (a release write does not keep later writes after it, an acquire
    /// read does not keep earlier reads before it); on the device program order is enough.
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

        /// <summary>Makes value visible to the other side before any write after it (the overwrite count, before the bytes it gives up).</summary>
        public static void PublishBeforeOverwrite(ref int field, int value)
        {
#if NANOFRAMEWORK_1_0
            field = value;
#else
            Interlocked.Exchange(ref field, value);
#endif
        }

        /// <summary>Reads the other side's counter after every read before it (the overwrite count, after the copy it vouches for).</summary>
        public static int ObserveAfterCopy(ref int field)
        {
#if NANOFRAMEWORK_1_0
            return field;
#else
            Interlocked.MemoryBarrier();
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
