using System.Collections.Concurrent;

namespace Keel.Bench
{
    /// <summary>ConcurrentQueue&lt;T&gt; between two threads. It is unbounded: the producer never waits, and the queue grows instead.</summary>
    public sealed class ConcurrentQueueCase<T> : PayloadCase<T>
        where T : struct, IPayload<T>
    {
        private readonly ConcurrentQueue<T> _queue = new ConcurrentQueue<T>();

        public ConcurrentQueueCase(string payload)
            : base("ConcurrentQueue<T> (unbounded)", payload)
        {
        }

        protected override bool TryEnqueue(T item)
        {
            _queue.Enqueue(item);
            return true;
        }

        protected override bool TryDequeue(out T item)
        {
            return _queue.TryDequeue(out item);
        }
    }
}
