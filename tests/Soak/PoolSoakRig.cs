using Keel.Pools;

namespace Keel.Soak
{
    /// <summary>The pools and rings <see cref="PoolSoakTests"/> drives, built once (boot may allocate), and each path as a loop of runs.</summary>
    /// <remarks>Every outcome a path expects is checked; one that differs is counted in <see cref="Unexpected"/>, so a path cannot silently take another.</remarks>
    public class PoolSoakRig
    {
        private readonly SlotPool _slots = new SlotPool("soak slots", 4, 8);
        private readonly BlockPool _fifo = new BlockPool("soak fifo", 16, 4, BlockPoolOptions.FifoReuse);
        private readonly BlockPool _hardened = new BlockPool("soak hardened", 16, 4, BlockPoolOptions.GuardBytes | BlockPoolOptions.ZeroOnRelease);
        private readonly GrantPool _grants = new GrantPool("soak grants", 16, 4, 2, true, BlockPoolOptions.None);
        private readonly SizeClassPool _classes = new SizeClassPool("soak classes", new int[] { 8, 32 }, new int[] { 1, 2 }, true, BlockPoolOptions.None);
        private readonly ByteRing _rejecting = new ByteRing("soak rx", 8, OverflowPolicy.RejectNewest);
        private readonly ByteRing _overwriting = new ByteRing("soak log", 8, OverflowPolicy.OverwriteOldest);
        private readonly RecordRing _records = new RecordRing("soak edges", 4, 8, OverflowPolicy.RejectNewest);
        private readonly RecordRing _latest = new RecordRing("soak latest", 4, 8, OverflowPolicy.OverwriteOldest);
        private readonly byte[] _bytes = new byte[16];
        private readonly int[] _handles = new int[4];
        private readonly int _owner;
        private readonly int _otherOwner;
        private int _unexpected;

        public PoolSoakRig()
        {
            _owner = _grants.AddOwner("a", 1);
            _otherOwner = _grants.AddOwner("b", 1);
        }

        /// <summary>Outcomes that differed from what their path expects.</summary>
        public int Unexpected => _unexpected;

        /// <summary>Runs path (an index of <see cref="PoolSoakTests"/>' names) runs times.</summary>
        public void Run(int path, int runs)
        {
            for (int i = 0; i < runs; i++)
            {
                switch (path)
                {
                    case 0: SlotPoolCommonPath(); break;
                    case 1: SlotPoolRefusals(); break;
                    case 2: SlotPoolFigures(); break;
                    case 3: FifoBlockPool(); break;
                    case 4: HardenedBlockPool(); break;
                    case 5: GrantPool(); break;
                    case 6: SizeClassPool(); break;
                    case 7: ByteRings(); break;
                    default: RecordRings(); break;
                }
            }
        }

        private void SlotPoolCommonPath()
        {
            int handle = _slots.Acquire();
            Expect(_slots.IsCurrent(handle) && _slots.IndexOf(handle) >= 0);
            Expect(_slots.Release(handle) == PoolFault.None);
        }

        private void SlotPoolRefusals()
        {
            for (int i = 0; i < _handles.Length; i++)
            {
                _handles[i] = _slots.Acquire();
            }

            Expect(_slots.Acquire() == PoolHandle.None && !_slots.HasFree);
            int stale = _handles[0];
            Expect(_slots.Release(stale) == PoolFault.None);
            _handles[0] = _slots.Acquire();
            Expect(_slots.Release(stale) == PoolFault.StaleHandle);
            Expect(_slots.IndexOf(stale) == -1);
            for (int i = 0; i < _handles.Length; i++)
            {
                Expect(_slots.Release(_handles[i]) == PoolFault.None);
            }

            Expect(_slots.Release(_handles[1]) == PoolFault.DoubleRelease);
            Expect(_slots.Release(PoolHandle.None) == PoolFault.InvalidHandle);
        }

        private void SlotPoolFigures()
        {
            int handle = _slots.Acquire();
            Expect(_slots.InUse == 1 && _slots.Free == 3 && _slots.HighWater >= 1);
            int position;
            Expect(_slots.CheckIntegrity(out position) == IntegrityProblem.None);
            _slots.ResetStatistics();
            Expect(_slots.HighWater == 1 && _slots.Faults == 0);
            _slots.Release(handle);
        }

        private void FifoBlockPool()
        {
            int handle = _fifo.Acquire();
            Expect(_fifo.Write(handle, 0, _bytes, 0, 16) && _fifo.Read(handle, 0, _bytes, 0, 16));
            Expect(!_fifo.Write(handle, 8, _bytes, 0, 16));
            Expect(_fifo.Release(handle) == PoolFault.None && _fifo.Release(handle) == PoolFault.DoubleRelease);
            int position;
            Expect(_fifo.CheckIntegrity(out position) == IntegrityProblem.None && _fifo.InUse == 0);
        }

        private void HardenedBlockPool()
        {
            int handle = _hardened.Acquire();
            Expect(_hardened.OffsetOf(handle) >= 0 && _hardened.Release(handle) == PoolFault.None);
            int position;
            Expect(_hardened.CheckIntegrity(out position) == IntegrityProblem.None);
        }

        private void GrantPool()
        {
            int own = _grants.Acquire(_owner);
            int borrowed = _grants.Acquire(_owner);
            int other = _grants.Acquire(_otherOwner);
            Expect(own != PoolHandle.None && borrowed != PoolHandle.None && other != PoolHandle.None);
            Expect(_grants.Acquire(_owner) != PoolHandle.None && _grants.Acquire(_owner) == PoolHandle.None);
            Expect(_grants.Acquire(7) == PoolHandle.None);
            Expect(_grants.Release(own) == PoolFault.None && _grants.Release(own) == PoolFault.DoubleRelease);
            Expect(_grants.ReleaseAll(_owner) == 2 && _grants.Release(other) == PoolFault.None);
            int position;
            Expect(_grants.CheckIntegrity(out position) == IntegrityProblem.None && _grants.InUse == 0);
        }

        private void SizeClassPool()
        {
            int small = _classes.Acquire(5);
            int fallback = _classes.Acquire(6);
            Expect(small != PoolHandle.None && _classes.BlockSizeOf(fallback) == 32);
            Expect(_classes.Acquire(33) == PoolHandle.None && _classes.Acquire(-1) == PoolHandle.None);
            Expect(_classes.Release(small) == PoolFault.None && _classes.Release(fallback) == PoolFault.None);
            Expect(_classes.Release(small) == PoolFault.DoubleRelease && _classes.Release(PoolHandle.None) == PoolFault.InvalidHandle);
            Expect(_classes.InUse == 0 && _classes.WasteBytes == 0);
        }

        private void ByteRings()
        {
            for (int i = 0; i < 9; i++)
            {
                _rejecting.Write((byte)i);
                _overwriting.Write((byte)i);
            }

            byte value;
            Expect(_rejecting.Count == 8 && _rejecting.TryRead(out value) && value == 0);
            Expect(_overwriting.TryRead(out value) && value == 1);
            Expect(_rejecting.Read(_bytes, 0, 16) == 7 && _overwriting.Read(_bytes, 0, 16) == 7);
            Expect(_rejecting.Write(_bytes, 0, 16) == 8 && _overwriting.Write(_bytes, 0, 16) == 16);
            Expect(_rejecting.Read(_bytes, 0, 16) == 8 && _overwriting.Read(_bytes, 0, 16) == 8);
            Expect(!_rejecting.TryRead(out value) && !_overwriting.TryRead(out value));
        }

        private void RecordRings()
        {
            for (int i = 0; i < 5; i++)
            {
                Expect((_records.BeginWrite() >= 0) == (i < 4));
                _records.CommitWrite();
                Expect(_latest.BeginWrite() >= 0);
                _latest.CommitWrite();
            }

            Expect(_latest.BeginRead() >= 0 && _latest.EndRead());
            _records.CommitWrite();
            while (_records.BeginRead() >= 0)
            {
                _records.EndRead();
            }

            while (_latest.BeginRead() >= 0)
            {
                _latest.EndRead();
            }

            Expect(!_records.EndRead() && _records.Count == 0 && _latest.Count == 0);
        }

        private void Expect(bool outcome)
        {
            if (!outcome)
            {
                _unexpected++;
            }
        }
    }
}
