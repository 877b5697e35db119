using System.Threading.Channels;

namespace Keel.Bench
{
    /// <summary>The bounded channel every comparison uses: one writer, one reader, the writer waits when full (like RejectNewest).</summary>
    public static class BoundedChannels
    {
        public static Channel<T> Create<T>(int capacity)
        {
            return Channel.CreateBounded<T>(new BoundedChannelOptions(capacity)
            {
                SingleReader = true,
                SingleWriter = true,
                FullMode = BoundedChannelFullMode.Wait,
            });
        }
    }
}
