namespace Keel.Bench
{
    /// <summary>A two-thread case over a .NET queue of T: T makes the items and says what they carry.</summary>
    public abstract class PayloadCase<T> : TwoThreadCase
        where T : struct, IPayload<T>
    {
        protected PayloadCase(string implementation, string payload)
            : base(implementation, payload)
        {
        }

        public sealed override bool TryWrite(long index)
        {
            return TryEnqueue(T.Make(index));
        }

        public sealed override bool TryRead(out long value)
        {
            T item;
            if (TryDequeue(out item))
            {
                value = T.ValueOf(item);
                return true;
            }

            value = 0;
            return false;
        }

        public sealed override long ValueOf(long index)
        {
            return T.ValueOf(T.Make(index));
        }

        protected abstract bool TryEnqueue(T item);

        protected abstract bool TryDequeue(out T item);
    }
}
