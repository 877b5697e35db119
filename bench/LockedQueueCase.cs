using System.Collections.Generic;

namespace Keel.Bench
{
    /// <summary>Queue&lt;T&gt; behind a lock, bounded to the same capacity: what Queue&lt;T&gt; needs to cross threads.</summary>
    public sealed class LockedQueueCase<T> : PayloadCase<T>
        where T : struct, IPayload<T>
    {
        private readonly Queue<T> _queue;
        private readonly int _capacity;
        private readonly object _gate = new object();

        public LockedQueueCase(int capacity, string payload)
            : base("Queue<T> + lock", payload)
        {
            _queue = new Queue<T>(capacity);
            _capacity = capacity;
        }

        protected override bool TryEnqueue(T item)
        {
            lock (_gate)
            {
                if (_queue.Count == _capacity)
                {
                    return false;
                }

                _queue.Enqueue(item);
                return true;
            }
        }

        protected override bool TryDequeue(out T item)
        {
            lock (_gate)
            {
                return _queue.TryDequeue(out item);
            }
        }
    }
}
