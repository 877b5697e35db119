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
        /// <summary>RAM per entry: handle 4, id 2, length 2, address 4 (negative for a damaged entry: -1 - address).</summary>
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
            get { return !_slots.HasFree; }
        }

        /// <summary>Whether a new id fits; when not, the refusal is counted as the pool's failure.</summary>
        public bool CanAdd()
        {
            if (_slots.HasFree)
            {
                return true;
            }

            // Acquiring from a full pool returns None and counts the failure, as any refused request is counted.
            _slots.Acquire();
            return false;
        }

        /// <summary>The slot holding id, or -1 (always for an id outside 0 .. MaxId, such as the free-slot marker 0xFFFF).</summary>
        public int Find(int id)
        {
            if (id < 0 || id > RecordLayout.MaxId)
            {
                return -1;
            }

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
            int address = _addresses[slot];
            return address >= 0 ? address : -1 - address;
        }

        /// <summary>The payload length; 0 for a damaged entry (its marker's length).</summary>
        public int LengthAt(int slot)
        {
            return _addresses[slot] < 0 ? 0 : _lengths[slot];
        }

        /// <summary>Whether a damaged entry's marker is still to be written (the damage was found in this mount or reclaim, not read from a marker).</summary>
        public bool MarkerPending(int slot)
        {
            return _addresses[slot] < 0 && _lengths[slot] != 0;
        }

        /// <summary>Whether the id's latest value was lost (its entry points at the damaged record or its marker, length 0).</summary>
        public bool IsDamaged(int slot)
        {
            return _addresses[slot] < 0;
        }

        /// <summary>Ids whose latest value was lost.</summary>
        public int CountDamaged()
        {
            int damaged = 0;
            for (int slot = 0; slot < _ids.Length; slot++)
            {
                if (_addresses[slot] < 0 && _ids[slot] != FreeId)
                {
                    damaged++;
                }
            }

            return damaged;
        }

        /// <summary>Marks the id's latest value as lost; the entry keeps the address of the damage or of its marker (markerPending: not written yet).</summary>
        public void SetDamaged(int slot, int address, bool markerPending)
        {
            _addresses[slot] = -1 - address;
            _lengths[slot] = (ushort)(markerPending ? 1 : 0);
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

        /// <summary>Points the entry at a sound record (clearing any damage).</summary>
        public void Set(int slot, int address, int length)
        {
            _addresses[slot] = address;
            _lengths[slot] = (ushort)length;
        }

        /// <summary>Moves the entry to where a reclaim copied it (a damaged entry: where its marker now is).</summary>
        public void Move(int slot, int address)
        {
            if (_addresses[slot] >= 0)
            {
                _addresses[slot] = address;
                return;
            }

            _addresses[slot] = -1 - address;
            _lengths[slot] = 0;
        }

        public void Remove(int slot)
        {
            _slots.Release(_handles[slot]);
            _handles[slot] = PoolHandle.None;
            _ids[slot] = FreeId;
            _addresses[slot] = 0;
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
