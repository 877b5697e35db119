using System;
using System.IO;
using System.Linq;

namespace Keel.Bench
{
    /// <summary>
    /// How much of the machine other processes used while the suite ran, from /proc: the CPU time
    /// the whole machine was busy, less this process's own and its finished children's (the
    /// BenchmarkDotNet runs and builds). A shared 2-core machine can be busy with someone else's
    /// work, and a reader of the numbers must be able to tell.
    /// </summary>
    public sealed class MachineLoad
    {
        private readonly long _busy;
        private readonly long _total;
        private readonly long _steal;
        private readonly long _own;

        private MachineLoad(long busy, long total, long steal, long own)
        {
            _busy = busy;
            _total = total;
            _steal = steal;
            _own = own;
        }

        /// <summary>The counters now; null where /proc is not there (not Linux).</summary>
        public static MachineLoad Now()
        {
            if (!File.Exists("/proc/stat") || !File.Exists("/proc/self/stat"))
            {
                return null;
            }

            // cpu  user nice system idle iowait irq softirq steal ... (clock ticks)
            long[] cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Skip(1).Take(8).Select(long.Parse).ToArray();
            long idle = cpu[3] + cpu[4];
            long total = cpu.Sum();

            // Fields after the command name: utime stime cutime cstime are the 12th to 15th.
            string self = File.ReadAllText("/proc/self/stat");
            string[] fields = self.Substring(self.LastIndexOf(')') + 2).Split(' ');
            long own = long.Parse(fields[11]) + long.Parse(fields[12]) + long.Parse(fields[13]) + long.Parse(fields[14]);
            return new MachineLoad(total - idle - cpu[7], total, cpu[7], own);
        }

        /// <summary>The share of all cores that other processes used since the start snapshot, and the hypervisor's steal if any.</summary>
        public static string Describe(MachineLoad start, MachineLoad end)
        {
            if (start == null || end == null || end._total == start._total)
            {
                return "not measured";
            }

            double total = end._total - start._total;
            double others = Math.Max(0, (end._busy - start._busy) - (end._own - start._own)) / total;
            double steal = (end._steal - start._steal) / total;
            return (others * 100).ToString("F0") + "%" + (steal >= 0.005 ? " (hypervisor steal " + (steal * 100).ToString("F0") + "%)" : "");
        }
    }
}
