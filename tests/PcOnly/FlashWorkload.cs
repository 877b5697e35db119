using System;
using System.Collections.Generic;
using System.Linq;
using Keel.Drivers.Flash;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>A scripted list of record-store operations and the model (id → value) they should leave behind.</summary>
    public sealed class FlashWorkload
    {
        /// <summary>One operation: a write of Value to Id, or (Value null) a delete of Id.</summary>
        public sealed class Operation
        {
            public Operation(int id, byte[] value)
            {
                Id = id;
                Value = value;
            }

            public int Id { get; }

            public byte[] Value { get; }

            public bool IsDelete
            {
                get { return Value == null; }
            }

            public override string ToString()
            {
                return IsDelete ? "delete " + Id : "write " + Id + " (" + Value.Length + " bytes)";
            }
        }

        private readonly List<Operation> _operations = new List<Operation>();

        public IReadOnlyList<Operation> Operations
        {
            get { return _operations; }
        }

        /// <summary>Every id the workload touches, plus one it never does.</summary>
        public IEnumerable<int> Ids
        {
            get { return _operations.Select(operation => operation.Id).Distinct().Concat(new[] { 999 }); }
        }

        public void Write(int id, int length)
        {
            byte[] value = new byte[length];
            for (int i = 0; i < length; i++)
            {
                // Differs by operation, id and position, so a mix of two values never passes for either.
                value[i] = (byte)(_operations.Count * 31 + id * 7 + i * 13 + 1);
            }

            _operations.Add(new Operation(id, value));
        }

        public void Delete(int id)
        {
            _operations.Add(new Operation(id, null));
        }

        /// <summary>
        /// Writes, overwrites that grow and shrink records, deletes, a re-write after a delete, an
        /// empty record, the longest record, and enough traffic for several reclaims of every
        /// sector of a 4 × 256-byte part (some reclaims copy records that never change).
        /// </summary>
        public static FlashWorkload Scripted(int longest)
        {
            FlashWorkload workload = new FlashWorkload();
            workload.Write(1, 12);
            workload.Write(2, 30);
            workload.Write(3, 0);
            workload.Write(4, longest);
            workload.Write(5, 7);
            for (int round = 0; round < 6; round++)
            {
                workload.Write(1, 12 + round * 4);
                workload.Write(2, 30 - round * 5);
                workload.Write(6, 20);
                workload.Delete(6);
                workload.Write(5, 7 + round);
            }

            workload.Delete(3);
            workload.Delete(2);
            workload.Write(2, 3);
            for (int round = 0; round < 6; round++)
            {
                workload.Write(1, round);
                workload.Write(7, 25 + round);
                workload.Write(5, 16);
            }

            workload.Delete(4);
            workload.Write(4, 9);
            workload.Write(3, 1);
            return workload;
        }

        public static StoreResult Apply(RecordStore store, Operation operation)
        {
            return operation.IsDelete
                ? store.TryDelete(operation.Id)
                : store.TryWrite(operation.Id, operation.Value, 0, operation.Value.Length);
        }

        public static void Apply(Dictionary<int, byte[]> model, Operation operation)
        {
            if (operation.IsDelete)
            {
                model.Remove(operation.Id);
            }
            else
            {
                model[operation.Id] = operation.Value;
            }
        }

        /// <summary>The store's value of id, or null when it has none; fails on any other read result.</summary>
        public static byte[] ValueOf(RecordStore store, int id, string where)
        {
            byte[] buffer = new byte[store.MaxRecordLength];
            int length;
            StoreResult result = store.TryRead(id, buffer, 0, out length);
            if (result == StoreResult.UnknownId)
            {
                return null;
            }

            Assert.AreEqual(StoreResult.Ok, result, where + ": reading id " + id);
            return buffer.Take(length).ToArray();
        }

        /// <summary>Asserts the store holds exactly the model: the same ids, each with the same bytes.</summary>
        public void AssertStoreMatches(RecordStore store, Dictionary<int, byte[]> model, string where)
        {
            foreach (int id in Ids)
            {
                byte[] expected;
                model.TryGetValue(id, out expected);
                AssertSame(expected, ValueOf(store, id, where), where + ": id " + id);
            }

            Assert.AreEqual(model.Count, store.Count, where + ": records held");
            Assert.AreEqual(model.Count, store.Statistics.Records, where + ": statistics' record count");
            Assert.AreEqual(model.Values.Sum(value => store.Layout.RecordBytes(value.Length)), store.Statistics.LiveBytes, where + ": live bytes");
        }

        public static bool Same(byte[] a, byte[] b)
        {
            return a == null ? b == null : b != null && a.SequenceEqual(b);
        }

        private static void AssertSame(byte[] expected, byte[] actual, string where)
        {
            Assert.IsTrue(Same(expected, actual), where + ": expected " + Describe(expected) + ", found " + Describe(actual));
        }

        private static string Describe(byte[] value)
        {
            return value == null ? "no record" : value.Length + " bytes " + BitConverter.ToString(value.Take(8).ToArray());
        }
    }
}
