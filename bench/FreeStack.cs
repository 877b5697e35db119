#if !NANOFRAMEWORK_1_0
using System.Runtime.CompilerServices;
#endif

namespace Keel.Bench
{
    /// <summary>The floor: a bare int[] free stack with no checks, no statistics and no handles.</summary>
    /// <remarks>
    /// Nothing a pool that hands out indices can do is cheaper than one load and one store per
    /// side, so the Keel rows are judged against this. It refuses nothing: popping an empty
    /// stack or pushing a wrong index corrupts it silently, which is what Keel's checks prevent.
    /// bench/Device runs this same class on nanoCLR, which inlines nothing: there it is two real calls.
    /// </remarks>
    public sealed class FreeStack
    {
        private readonly int[] _entries;
        private int _count;

        public FreeStack(int capacity)
        {
            _entries = new int[capacity];
            for (int i = 0; i < capacity; i++)
            {
                _entries[i] = capacity - 1 - i;
            }

            _count = capacity;
        }

#if !NANOFRAMEWORK_1_0
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
#endif
        public int Pop()
        {
            return _entries[--_count];
        }

#if !NANOFRAMEWORK_1_0
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
#endif
        public void Push(int index)
        {
            _entries[_count++] = index;
        }
    }
}
