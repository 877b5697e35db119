using System.Threading.Channels;

namespace Keel.Bench
{
    /// <summary>A bounded Channel&lt;T&gt; between two threads, through its synchronous TryWrite and TryRead.</summary>
    public sealed class ChannelCase<T> : PayloadCase<T>
        where T : struct, IPayload<T>
    {
        private readonly ChannelWriter<T> _writer;
        private readonly ChannelReader<T> _reader;

        public ChannelCase(int capacity, string payload)
            : base("bounded Channel<T>", payload)
        {
            Channel<T> channel = BoundedChannels.Create<T>(capacity);
            _writer = channel.Writer;
            _reader = channel.Reader;
        }

        protected override bool TryEnqueue(T item)
        {
            return _writer.TryWrite(item);
        }

        protected override bool TryDequeue(out T item)
        {
            return _reader.TryRead(out item);
        }
    }
}
