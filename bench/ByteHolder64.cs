namespace Keel.Bench
{
    /// <summary>What a .NET developer pools with Microsoft.Extensions.ObjectPool to reuse a 64-byte buffer.</summary>
    public sealed class ByteHolder64
    {
        public readonly byte[] Bytes = new byte[64];
    }
}
