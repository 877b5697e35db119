namespace Keel.Bench
{
    /// <summary>One queue under test with its producer on one thread and its consumer on another.</summary>
    /// <remarks>
    /// The loops in <see cref="TwoThreadThroughput"/> call these through one virtual call per
    /// item, the same for every queue, so the comparison stays fair.
    /// </remarks>
    public abstract class TwoThreadCase
    {
        protected TwoThreadCase(string implementation, string payload)
        {
            Implementation = implementation;
            Payload = payload;
        }

        public string Implementation { get; }

        public string Payload { get; }

        /// <summary>Producer: queues item number index; false when the queue is full.</summary>
        public abstract bool TryWrite(long index);

        /// <summary>Consumer: takes the oldest item and the number it carries; false when empty.</summary>
        public abstract bool TryRead(out long value);

        /// <summary>The number item number index carries, to check that every item arrived once.</summary>
        public abstract long ValueOf(long index);
    }
}
