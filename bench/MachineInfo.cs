using System;
using System.IO;
using System.Runtime;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace Keel.Bench
{
    /// <summary>What the report says about the machine and runtime a run happened on, read from the machine itself.</summary>
    public static class MachineInfo
    {
        public static string Cpu
        {
            get { return ProcCpuInfo("model name") ?? RuntimeInformation.ProcessArchitecture.ToString(); }
        }

        public static string Os
        {
            get { return OsRelease("PRETTY_NAME") ?? RuntimeInformation.OSDescription; }
        }

        public static string Kernel
        {
            get { return RuntimeInformation.OSDescription; }
        }

        public static string Runtime
        {
            get { return RuntimeInformation.FrameworkDescription + " " + RuntimeInformation.ProcessArchitecture; }
        }

        public static string Gc
        {
            get
            {
                return (GCSettings.IsServerGC ? "server" : "workstation") + ", "
                    + (AppContext.TryGetSwitch("System.GC.Concurrent", out bool concurrent) && !concurrent ? "non-concurrent" : "concurrent")
                    + ", latency mode " + GCSettings.LatencyMode;
            }
        }

        public static string BenchmarkDotNetVersion
        {
            get { return typeof(BenchmarkAttribute).Assembly.GetName().Version.ToString(); }
        }

        private static string ProcCpuInfo(string key)
        {
            return FirstValue("/proc/cpuinfo", key, ':');
        }

        private static string OsRelease(string key)
        {
            string value = FirstValue("/etc/os-release", key, '=');
            return value == null ? null : value.Trim('"');
        }

        private static string FirstValue(string path, string key, char separator)
        {
            if (!File.Exists(path))
            {
                return null;
            }

            foreach (string line in File.ReadLines(path))
            {
                int split = line.IndexOf(separator);
                if (split > 0 && line.Substring(0, split).Trim() == key)
                {
                    return line.Substring(split + 1).Trim();
                }
            }

            return null;
        }
    }
}
