namespace Keel.Bench
{
    /// <summary>How a queue of values of type T makes the i-th item and reads back the number it carries (for the checksum).</summary>
    public interface IPayload<T>
        where T : struct, IPayload<T>
    {
        static abstract T Make(long index);

        static abstract long ValueOf(T item);
    }
}
