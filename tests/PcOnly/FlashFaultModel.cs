using System;
using System.Collections.Generic;
using System.Linq;
using Keel.Drivers.Flash;

namespace Keel.Tests.PcOnly
{
    /// <summary>
    /// The rule a record store keeps under faults, as a model: for every id, the values it may
    /// return (the acknowledged one; after a write or delete that failed, the old or the new one).
    /// A read is exact (an allowed value), reported (Damaged, counted in the statistics; or gone
    /// while the store counts lost data), or a violation: an older value, a deleted value back, a
    /// value never written, or a loss nothing counts.
    /// </summary>
    public sealed class FlashFaultModel
    {
        /// <summary>null in a list stands for "no record".</summary>
        private readonly Dictionary<int, List<byte[]>> _allowed = new Dictionary<int, List<byte[]>>();
        private readonly HashSet<int> _reportedLost = new HashSet<int>();

        public int Exact { get; private set; }

        public int Reported { get; private set; }

        public List<string> Violations { get; } = new List<string>();

        public IEnumerable<int> Ids
        {
            get { return _allowed.Keys.Concat(new[] { 999 }); }
        }

        /// <summary>The store returned Ok: only this value (null: deleted) is right from now on.</summary>
        public void Acknowledged(int id, byte[] value)
        {
            _allowed[id] = new List<byte[]> { value };
            _reportedLost.Remove(id);
        }

        /// <summary>The store returned an error for a write or delete: the old value or the new one.</summary>
        public void Failed(int id, byte[] value)
        {
            List<byte[]> allowed;
            if (!_allowed.TryGetValue(id, out allowed))
            {
                allowed = new List<byte[]> { null };
                _allowed[id] = allowed;
            }

            allowed.Add(value);
        }

        /// <summary>Reads every id and classifies it; where is said in a violation.</summary>
        public void Check(RecordStore store, string where)
        {
            byte[] buffer = new byte[store.MaxRecordLength];
            foreach (int id in Ids)
            {
                List<byte[]> allowed;
                if (!_allowed.TryGetValue(id, out allowed))
                {
                    allowed = new List<byte[]> { null };
                }

                int length;
                StoreResult result = store.TryRead(id, buffer, 0, out length);
                byte[] found = result == StoreResult.Ok ? buffer.Take(length).ToArray() : null;
                if (result == StoreResult.FlashFailed || result == StoreResult.Corrupt)
                {
                    // An explicit error from the call: nothing was served.
                    Reported++;
                    continue;
                }

                if (result == StoreResult.Damaged)
                {
                    if (store.Statistics.DamagedRecords > 0)
                    {
                        Reported++;
                        continue;
                    }

                    Violations.Add(where + ": id " + id + " reads Damaged but no damaged record is counted");
                    continue;
                }

                if (result != StoreResult.Ok && result != StoreResult.UnknownId)
                {
                    Violations.Add(where + ": id " + id + " read " + result);
                    continue;
                }

                if (allowed.Any(value => FlashWorkload.Same(value, found)))
                {
                    Exact++;
                    continue;
                }

                bool counted = store.Statistics.LostBytes > 0 || store.Statistics.UnreadableSectors > 0;
                if (found == null && (counted || _reportedLost.Contains(id)))
                {
                    // Lost with a record of unknown id: the store counts lost bytes, not which id.
                    _reportedLost.Add(id);
                    Reported++;
                    continue;
                }

                Violations.Add(where + ": id " + id + (found == null ? " is gone and nothing is counted" : " reads a value it must not (" + found.Length + " bytes)"));
            }
        }

        /// <summary>A copy, for a run that branches (one fault per copy).</summary>
        public FlashFaultModel Clone()
        {
            FlashFaultModel copy = new FlashFaultModel();
            foreach (KeyValuePair<int, List<byte[]>> entry in _allowed)
            {
                copy._allowed[entry.Key] = new List<byte[]>(entry.Value);
            }

            copy._reportedLost.UnionWith(_reportedLost);
            return copy;
        }
    }
}
