using Keel.Pools;

namespace Keel.Bench.Device
{
    /// <summary>The operations the device benchmark times on nanoCLR, each as a loop of count operations.</summary>
    /// <remarks>
    /// One method with a switch rather than a delegate per row: on the interpreter a delegate
    /// call would be timed with every operation. Each case is the same loop around different
    /// calls, so the empty loop (case 0) is the same overhead in every row.
    /// </remarks>
    public sealed class DeviceOperations
    {
        /// <summary>Rows in the order the table shows them.</summary>
        public static readonly string[] Names = new string[]
        {
            "empty loop (subtracted from every row)",
            "floor: bare int[] free stack Pop()+Push()",
            "SlotPool Acquire+Release",
            "BlockPool Acquire+Release (64-byte blocks)",
            "ByteRing Write(byte)+TryRead, reject newest",
            "ByteRing Write(byte)+TryRead, overwrite oldest",
            "RecordRing BeginWrite, CommitWrite, BeginRead, EndRead",
            "BlockPool Acquire+Release, FIFO reuse",
            "BlockPool Acquire+Release, guard bytes + zero-on-release",
            "GrantPool Acquire(owner)+Release",
            "SizeClassPool Acquire(40)+Release",
            "new byte[64], best round (before the collections it causes)",
        };

        /// <summary>Index of the empty loop, the floor, the Keel rows (the targeted ones first) and the allocation row in <see cref="Names"/>.</summary>
        public const int EmptyLoop = 0;
        public const int Floor = 1;
        public const int FirstKeel = 2;
        public const int BlockPool = 3;
        public const int LastTargeted = 6;
        public const int FirstBuiltOn = 9;
        public const int LastKeel = 10;
        public const int NewArray = 11;

        private readonly FreeStack _floor = new FreeStack(64);
        private readonly SlotPool _slots = new SlotPool("slots", 64, 16);
        private readonly BlockPool _blocks = new BlockPool("blocks", 64, 64);
        private readonly BlockPool _fifo = new BlockPool("fifo", 64, 64, BlockPoolOptions.FifoReuse);
        private readonly BlockPool _hardened = new BlockPool("hardened", 64, 64, BlockPoolOptions.GuardBytes | BlockPoolOptions.ZeroOnRelease);
        private readonly GrantPool _grants = new GrantPool("grants", 64, 64, 2, true, BlockPoolOptions.None);
        private readonly SizeClassPool _classes = new SizeClassPool("classes", new int[] { 16, 64, 256 }, new int[] { 16, 16, 4 }, false, BlockPoolOptions.None);
        private readonly ByteRing _rejecting = new ByteRing("rx", 64, OverflowPolicy.RejectNewest);
        private readonly ByteRing _overwriting = new ByteRing("log", 64, OverflowPolicy.OverwriteOldest);
        private readonly RecordRing _records = new RecordRing("edges", 64, 16, OverflowPolicy.RejectNewest);
        private readonly int _owner;
        private object _kept;

        public DeviceOperations()
        {
            _owner = _grants.AddOwner("app", 32);
        }

        /// <summary>Runs count operations of row which; returns the elapsed time in 100 ns ticks.</summary>
        public long Time(int which, int count)
        {
            long started = System.DateTime.UtcNow.Ticks;
            switch (which)
            {
                case 0:
                    for (int i = 0; i < count; i++)
                    {
                    }

                    break;
                case 1:
                    for (int i = 0; i < count; i++)
                    {
                        _floor.Push(_floor.Pop());
                    }

                    break;
                case 2:
                    for (int i = 0; i < count; i++)
                    {
                        _slots.Release(_slots.Acquire());
                    }

                    break;
                case 3:
                    for (int i = 0; i < count; i++)
                    {
                        _blocks.Release(_blocks.Acquire());
                    }

                    break;
                case 4:
                    for (int i = 0; i < count; i++)
                    {
                        byte value;
                        _rejecting.Write((byte)i);
                        _rejecting.TryRead(out value);
                    }

                    break;
                case 5:
                    for (int i = 0; i < count; i++)
                    {
                        byte value;
                        _overwriting.Write((byte)i);
                        _overwriting.TryRead(out value);
                    }

                    break;
                case 6:
                    for (int i = 0; i < count; i++)
                    {
                        _records.BeginWrite();
                        _records.CommitWrite();
                        _records.BeginRead();
                        _records.EndRead();
                    }

                    break;
                case 7:
                    for (int i = 0; i < count; i++)
                    {
                        _fifo.Release(_fifo.Acquire());
                    }

                    break;
                case 8:
                    for (int i = 0; i < count; i++)
                    {
                        _hardened.Release(_hardened.Acquire());
                    }

                    break;
                case 9:
                    for (int i = 0; i < count; i++)
                    {
                        _grants.Release(_grants.Acquire(_owner));
                    }

                    break;
                case 10:
                    for (int i = 0; i < count; i++)
                    {
                        _classes.Release(_classes.Acquire(40));
                    }

                    break;
                default:
                    for (int i = 0; i < count; i++)
                    {
                        _kept = new byte[64];
                    }

                    break;
            }

            return System.DateTime.UtcNow.Ticks - started;
        }

        /// <summary>Faults and failures the timed loops caused: any at all means a row timed the wrong path.</summary>
        public int Faults
        {
            get
            {
                return _slots.Faults + _slots.Failures + _blocks.Faults + _blocks.Failures + _fifo.Faults + _fifo.Failures
                    + _hardened.Faults + _hardened.Failures
                    + _grants.Faults + _grants.Failures + _classes.Faults + _classes.Failures
                    + _rejecting.Faults + _rejecting.Failures + _overwriting.Faults + _overwriting.Failures
                    + _records.Faults + _records.Failures + (_kept == null ? 0 : 0);
            }
        }
    }
}
