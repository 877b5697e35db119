using Keel.Pools;

namespace Keel.Drivers.Flash
{
    /// <summary>The record store's RAM index: where the current record of each id sits on flash.</summary>
    /// <remarks>
    /// Entries are slots of a <see cref="SlotPool"/> (so the memory map shows the index and an
    /// index-full refusal is counted as the pool's failure) over three parallel arrays. Lookup
    /// is a linear scan: the index holds tens to a few hundred ids, and a scan allocates nothing.
    /// </remarks>
    internal class RecordIndex
    {
        /// <summary>RAM per entry: handle 4, id 2, length 2, address 4.</summary>
        public const int BytesPerEntry = 12;

        private const ushort FreeId = 0xFFFF;

        private readonly SlotPool _slots;
        private readonly int[] _handles;
        private readonly ushort[] _ids;
        private readonly ushort[] _lengths;
        private readonly int[] _addresses;

        public RecordIndex(string name, int capacity)
        {
            _slots = new SlotPool(name, capacity, BytesPerEntry);
            _handles = new int[capacity];
            _ids = new ushort[capacity];
            _lengths = new ushort[capacity];
            _addresses = new int[capacity];
            for (int slot = 0; slot < capacity; slot++)
            {
                _ids[slot] = FreeId;
            }
        }

        public SlotPool Slots
        {
            get { return _slots; }
        }

        public int Capacity
        {
            get { return _ids.Length; }
        }

        public int Count
        {
            get { return _slots.InUse; }
        }

        public bool IsFull
        {
            get { return _slots.Free == 0; }
        }

        /// <summary>Whether a new id fits; when not, the refusal is counted as the pool's failure.</summary>
        public bool CanAdd()
        {
            if (_slots.Free > 0)
            {
                return true;
            }

            // Acquiring from a full pool returns None and counts the failure, as any refused request is counted.
            _slots.Acquire();
            return false;
        }

        /// <summary>The slot holding id, or -1.</summary>
        public int Find(int id)
        {
            for (int slot = 0; slot < _ids.Length; slot++)
            {
                if (_ids[slot] == id)
                {
                    return slot;
                }
            }

            return -1;
        }

        public bool InUse(int slot)
        {
            return _ids[slot] != FreeId;
        }

        public int IdAt(int slot)
        {
            return _ids[slot];
        }

        public int AddressAt(int slot)
        {
            return _addresses[slot];
        }

        public int LengthAt(int slot)
        {
            return _lengths[slot];
        }

        /// <summary>Adds id (not present yet): its slot, or -1 (counted by the pool) when the index is full.</summary>
        public int Add(int id, int address, int length)
        {
            int handle = _slots.Acquire();
            if (handle == PoolHandle.None)
            {
                return -1;
            }

            int slot = _slots.IndexOf(handle);
            _handles[slot] = handle;
            _ids[slot] = (ushort)id;
            Set(slot, address, length);
            return slot;
        }

        public void Set(int slot, int address, int length)
        {
            _addresses[slot] = address;
            _lengths[slot] = (ushort)length;
        }

        public void Move(int slot, int address)
        {
            _addresses[slot] = address;
        }

        public void Remove(int slot)
        {
            _slots.Release(_handles[slot]);
            _handles[slot] = PoolHandle.None;
            _ids[slot] = FreeId;
        }

        public void Clear()
        {
            for (int slot = 0; slot < _ids.Length; slot++)
            {
                if (_ids[slot] != FreeId)
                {
                    Remove(slot);
                }
            }
        }
    }
}
