using System;
using System.Threading;

namespace Keel.Bench
{
    /// <summary>A background thread that keeps the garbage collector busy, like the rest of an application would.</summary>
    /// <remarks>
    /// It allocates arrays of 16 to 1,040 bytes without pause and keeps the latest 65,536 alive in
    /// a rolling window (about 35 MB), plus an 85,000-byte array (large object heap) every 4,096
    /// allocations. Survivors get promoted, so the collector has gen0, gen1 and gen2 work to do,
    /// not only empty nurseries.
    /// </remarks>
    public sealed class HeapChurner : IDisposable
    {
        private const int WindowMask = 65535;

        private readonly Thread _thread;
        private volatile bool _stop;
        private long _allocatedBytes;

        public HeapChurner()
        {
            _thread = new Thread(Churn) { IsBackground = true, Name = "heap churner" };
            _thread.Start();
        }

        public long AllocatedBytes
        {
            get { return Interlocked.Read(ref _allocatedBytes); }
        }

        public void Dispose()
        {
            _stop = true;
            _thread.Join();
        }

        private void Churn()
        {
            var window = new object[WindowMask + 1];
            var random = new Random(12345);
            long allocated = 0;
            for (long i = 0; !_stop; i++)
            {
                int size = (i & 4095) == 0 ? 85000 : 16 + random.Next(1025);
                window[i & WindowMask] = new byte[size];
                allocated += size;
                if ((i & 1023) == 0)
                {
                    Interlocked.Exchange(ref _allocatedBytes, allocated);
                }
            }
        }
    }
}
