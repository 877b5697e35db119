using System;

namespace Keel.Bench.Device
{
    /// <summary>What garbage costs on nanoCLR: new byte[64] with the collections it causes, and the longest single collection.</summary>
    /// <remarks>
    /// nanoFramework collects only when an allocation finds no room, so the collection's whole
    /// pause lands inside one allocation. A collection is seen as the loss of an object held only
    /// weakly (looked at every 1,024 allocations: one collection needs tens of thousands).
    /// </remarks>
    public sealed class GarbageRun
    {
        private object _kept;
        private object[] _live;

        /// <summary>Allocations made, collections seen and the time taken, in 100 ns ticks.</summary>
        public int Allocations;
        public int Collections;
        public long Ticks;

        /// <summary>The longest single allocation (the longest collection pause), in 100 ns ticks.</summary>
        public long LongestTicks;

        /// <summary>Live arrays held during <see cref="TimeEachAllocation"/>, and their payload bytes.</summary>
        public int LiveObjects;
        public long LiveBytes;

        /// <summary>Allocates count arrays of 64 bytes, dropping each, and times the whole run.</summary>
        public void Amortized(int count)
        {
            WeakReference watch = new WeakReference(new object());
            int collections = 0;
            long started = DateTime.UtcNow.Ticks;
            for (int i = 0; i < count; i++)
            {
                _kept = new byte[64];
                if ((i & 1023) == 0 && !watch.IsAlive)
                {
                    collections++;
                    watch = new WeakReference(new object());
                }
            }

            Ticks = DateTime.UtcNow.Ticks - started;
            Allocations = count;
            Collections = collections;
        }

        /// <summary>
        /// Keeps liveObjects arrays of 64 to 288 bytes alive (a heap a firmware might hold), then
        /// allocates count arrays of 64 bytes, timing each one alone.
        /// </summary>
        public void TimeEachAllocation(int liveObjects, int count)
        {
            _live = new object[liveObjects];
            long liveBytes = 0;
            for (int i = 0; i < liveObjects; i++)
            {
                int size = 64 + (i % 8) * 32;
                _live[i] = new byte[size];
                liveBytes += size;
            }

            WeakReference watch = new WeakReference(new object());
            int collections = 0;
            long longest = 0;
            for (int i = 0; i < count; i++)
            {
                long before = DateTime.UtcNow.Ticks;
                _kept = new byte[64];
                long took = DateTime.UtcNow.Ticks - before;
                if (took > longest)
                {
                    longest = took;
                }

                if ((i & 1023) == 0 && !watch.IsAlive)
                {
                    collections++;
                    watch = new WeakReference(new object());
                }
            }

            LongestTicks = longest;
            Allocations = count;
            Collections = collections;
            LiveObjects = liveObjects;
            LiveBytes = liveBytes;
            _live = null;
        }
    }
}
