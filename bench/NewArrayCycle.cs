namespace Keel.Bench
{
    /// <summary>Take a new byte[64], write and read it, and leave it to the garbage collector.</summary>
    public sealed class NewArrayCycle : TailCase
    {
        // The last buffer escapes to this field, so the JIT cannot put the arrays on the stack.
        private byte[] _last;

        public NewArrayCycle()
            : base("new byte[64]")
        {
        }

        public override long RunBatch(int count, long seed)
        {
            long sum = 0;
            byte[] buffer = null;
            for (int i = 0; i < count; i++)
            {
                buffer = new byte[BufferBytes];
                buffer[0] = (byte)(seed + i);
                buffer[BufferBytes - 1] = (byte)i;
                sum += buffer[i & (BufferBytes - 1)];
            }

            _last = buffer;
            return sum;
        }
    }
}
