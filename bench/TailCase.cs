namespace Keel.Bench
{
    /// <summary>One way to get a 64-byte buffer, use it and give it back, run in timed batches by <see cref="TailLatency"/>.</summary>
    public abstract class TailCase
    {
        public const int BufferBytes = 64;

        protected TailCase(string implementation)
        {
            Implementation = implementation;
        }

        public string Implementation { get; }

        /// <summary>Runs count acquire/use/release cycles; returns a checksum of what was read so the work stays.</summary>
        public abstract long RunBatch(int count, long seed);
    }
}
