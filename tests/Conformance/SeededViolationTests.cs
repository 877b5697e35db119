using System.Collections.Generic;
using System.Linq;
using Keel.Conformance;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.Conformance
{
    /// <summary>
    /// Each kind of violation, seeded into a small project, makes the gate fail with the file, the
    /// line and a reason that names the problem; a clean sample passes, so the gate is not always-failing.
    /// </summary>
    [TestClass]
    public class SeededViolationTests
    {
        /// <summary>The line of Seeded.cs that the snippet lands on.</summary>
        private const int SnippetLine = 7;

        [TestMethod]
        [DataRow("public static class S { public static System.Collections.Generic.List<int> Items() { return new System.Collections.Generic.List<int>(); } }", "language subset: uses generic type 'List<int>'")]
        [DataRow("public static class S { public static int F(int x) { return Math.Clamp(x, 0, 10); } }", "nanoFramework API: CS0103 The name 'Math' does not exist")]
        [DataRow("public static class S { public static GpioPin F() { return new GpioController().OpenPin(5, PinMode.Output, true); } }", "nanoFramework API: CS1501 No overload for method 'OpenPin' takes 3 arguments")]
        [DataRow("public static class S { public static GpioPin F() { return new GpioController().OpenPin(\"GPIO5\", PinMode.Output); } }", "nanoFramework API: CS1503 Argument 1: cannot convert from 'string' to 'int'")]
        [DataRow("public static class S { public static int First<T>(T[] items) { return items.Length; } }", "language subset: declares generic method 'First<T>'")]
        [DataRow("public static class S { public static int F() { int? maybe = null; return 0; } }", "language subset: nullable value type 'int?'")]
        [DataRow("public static class S { public static async void Go() { } }", "language subset: 'async' method 'Go'")]
        [DataRow("public static class S { public static object F(int[] a) { return from i in a select i; } }", "language subset: LINQ query")]
        [DataRow("public static class S { public static unsafe void Go() { } }", "language subset: 'unsafe' method 'Go'")]
        [DataRow("public static class S { public static void Go() { int x = 1; System.IntPtr p = (System.IntPtr)(&x); } }", "language subset: pointer operation '&x'")]
        [DataRow("public static class S { public static int F() { System.Span<byte> s = stackalloc byte[4]; return s.Length; } }", "language subset: 'stackalloc'")]
        [DataRow("public static class S { public static int[,] Grid() { return new int[2, 2]; } }", "language subset: multidimensional array 'int[,]'")]
        [DataRow("public record Reading(int Value);", "language subset: record 'Reading'")]
        [DataRow("public class S { public int Value { get; init; } }", "language subset: 'init' accessor")]
        [DataRow("public static class S { public static int F() { var pair = (1, 2); return 0; } }", "language subset: tuple '(1, 2)'")]
        [DataRow("public interface IReading { int Value() { return 1; } }", "language subset: default interface member in 'IReading'")]
        [DataRow("public static class S { public static int[] F() { return Array.Empty<int>(); } }", "nanoFramework API: CS0117 'Array' does not contain a definition for 'Empty'")]
        [DataRow("public static class S { public static void F(byte[] b) { BitConverter.TryWriteBytes(b, 4); } }", "nanoFramework API: CS0117 'BitConverter' does not contain a definition for 'TryWriteBytes'")]
        [DataRow("public static class S { public static int F(byte[] b) { return new Span<byte>(b).Length; } }", "language subset: uses generic type 'Span<byte>'")]
        [DataRow("public static class S { public static long F() { return System.Diagnostics.Stopwatch.GetTimestamp(); } }", "nanoFramework API: CS0234 The type or namespace name 'Stopwatch' does not exist in the namespace 'System.Diagnostics'")]
        [DataRow("public static class S { public static Action<int> Callback; }", "language subset: uses generic type 'Action<int>'")]
        [DataRow("public class Box<T> { }", "language subset: declares generic class 'Box<T>'")]
        [DataRow("public static class S { private static volatile int _flag; }", "language subset: 'volatile' field")]
        [DataRow("public static class S { public static void Go() { unsafe { } } }", "language subset: 'unsafe' block")]
        [DataRow("public static class S { public static (int, int) F() { return default; } }", "language subset: tuple type '(int, int)'")]
        [DataRow("public delegate void Handler<T>(T value);", "language subset: declares generic delegate 'Handler<T>'")]
        [DataRow("public struct Pair<T> { }", "language subset: declares generic struct 'Pair<T>'")]
        [DataRow("public static class S { public static void Go() { Action a = async () => { }; } }", "language subset: 'async' lambda")]
        [DataRow("public static class S { public static object F() { return new GpioPin(); } }", "nanoFramework API: CS1729 'GpioPin' does not contain a constructor that takes 0 arguments")]
        [DataRow("public static class S { public static string Name() { return \"pool\"; } }", "steady state: string literal \"pool\" in 'Name' allocates a string each time it runs on the interpreter")]
        [DataRow("public static class S { private const string Label = \"pool\"; public static string Name() { return Label; } }", "steady state: const string 'Label' in 'Name' is compiled to a literal")]
        [DataRow("public static class S { public static string Name(int n) { return $\"pool {n}\"; } }", "steady state: string interpolation in 'Name'")]
        [DataRow("public struct Pair { public int A; public int B; } public static class S { public static int Sum(int a) { Pair pair = new Pair(); pair.A = a; return pair.A + pair.B; } }", "steady state: struct local 'pair' of type 'Pair' in 'Sum' is a heap object on the interpreter")]
        [DataRow("public class S { public string Kind => \"pool\"; }", "steady state: string literal \"pool\" in 'Kind'")]
        public void ASeededViolationFailsTheGateWithFileLineAndReason(string snippet, string reason)
        {
            using (SeededProject project = SeededProject.WithSource(Source(snippet)))
            {
                AssertReported(project.Check(), "Seeded.cs", SnippetLine, reason);
            }
        }

        [TestMethod]
        public void BootCodeMayUseLiteralsAndStructLocalsAndDateTimeIsNoHeapObject()
        {
            string snippet = "public class S { private static readonly string Field = \"field\"; private readonly string _name; "
                + "public S() { _name = \"made in the constructor\"; } "
                + "public static void Check(int n) { if (n < 0) { throw new ArgumentOutOfRangeException(nameof(n), \"negative\"); } } "
                + "public static long Ticks() { DateTime now = DateTime.UtcNow; TimeSpan age = now - DateTime.MinValue; return age.Ticks; } "
                + "\n/// <summary>Boot: the time, as text.</summary>\npublic static string Stamp() { Pair pair = new Pair(); return \"at \" + pair.A; } } public struct Pair { public int A; }";
            using (SeededProject project = SeededProject.WithSource(Source(snippet)))
            {
                List<Violation> violations = project.Check();
                Assert.AreEqual(0, violations.Count, string.Join("\n", violations));
            }
        }

        [TestMethod]
        public void AGpioCallNeedsTheGpioAssemblyReferenced()
        {
            string[] onlyCore = { SeededProject.DefaultReferences[0] };
            string[] onlyCorePackage = { SeededProject.DefaultPackages[0] };
            using (SeededProject project = SeededProject.WithSource(Source("public static class S { public static void F() { new GpioController().OpenPin(5, PinMode.Output); } }"), onlyCore, onlyCorePackage))
            {
                List<Violation> violations = project.Check();
                AssertReported(violations, "Seeded.cs", 3, "nanoFramework API: CS0234 The type or namespace name 'Device' does not exist in the namespace 'System'");
                StringAssert.Contains(violations[0].Reason, "against mscorlib 1.17.11.0)");
            }
        }

        [TestMethod]
        public void APackagePinThatDisagreesWithNanoFrameworkMdFails()
        {
            string[] packages = SeededProject.With(SeededProject.DefaultPackages, 0, SeededProject.Package("nanoFramework.CoreLibrary", "1.17.10"));
            using (SeededProject project = SeededProject.WithSource(Source(CleanSnippet), null, packages))
            {
                int line = project.LineOf("packages.config", "1.17.10");
                AssertReported(project.Check(), "packages.config", line, "pins: packages.config has nanoFramework.CoreLibrary 1.17.10 but NANOFRAMEWORK.md (\"Package pins\") pins 1.17.11");
            }
        }

        [TestMethod]
        public void AReferenceVersionThatDisagreesWithThePinFails()
        {
            string[] references = SeededProject.With(SeededProject.DefaultReferences, 0,
                SeededProject.Reference("mscorlib", "1.17.9.0", @"..\packages\nanoFramework.CoreLibrary.1.17.11\lib\mscorlib.dll"));
            using (SeededProject project = SeededProject.WithSource(Source(CleanSnippet), references))
            {
                int line = project.LineOf(SeededProject.ProjectFile, "Version=1.17.9.0");
                AssertReported(project.Check(), SeededProject.ProjectFile, line, "pins: references mscorlib Version=1.17.9.0 but NANOFRAMEWORK.md (\"Package pins\") pins nanoFramework.CoreLibrary 1.17.11; write Version=1.17.11.0");
            }
        }

        [TestMethod]
        public void AReferenceKeyTokenThatIsNotTheAssemblysFails()
        {
            string[] references = SeededProject.With(SeededProject.DefaultReferences, 1,
                SeededProject.Reference("System.Device.Gpio", "1.1.62.0", @"..\packages\nanoFramework.System.Device.Gpio.1.1.62\lib\System.Device.Gpio.dll").Replace("c07d481e9758c731", "b77a5c561934e089"));
            using (SeededProject project = SeededProject.WithSource(Source(CleanSnippet), references))
            {
                int line = project.LineOf(SeededProject.ProjectFile, "b77a5c561934e089");
                AssertReported(project.Check(), SeededProject.ProjectFile, line, "pins: references System.Device.Gpio PublicKeyToken=b77a5c561934e089 but the assembly's own is c07d481e9758c731");
            }
        }

        [TestMethod]
        public void APinTheRealAssemblyDoesNotMatchFails()
        {
            PackagePins raised = PackagePins.Parse(
                "## Package pins\n\n| NuGet id | version | assembly |\n|---|---|---|\n"
                + "| nanoFramework.CoreLibrary | 1.17.11 | mscorlib |\n| nanoFramework.Runtime.Events | 1.11.37 | nanoFramework.Runtime.Events |\n"
                + "| nanoFramework.System.Device.Gpio | 1.1.63 | System.Device.Gpio |\n",
                "NANOFRAMEWORK.md");
            string[] references = SeededProject.With(SeededProject.DefaultReferences, 1,
                SeededProject.Reference("System.Device.Gpio", "1.1.63.0", @"..\packages\nanoFramework.System.Device.Gpio.1.1.63\lib\System.Device.Gpio.dll"));
            string[] packages = SeededProject.With(SeededProject.DefaultPackages, 1, SeededProject.Package("nanoFramework.System.Device.Gpio", "1.1.63"));
            using (SeededProject project = SeededProject.WithSource(Source(CleanSnippet), references, packages))
            {
                int line = project.LineOf(SeededProject.ProjectFile, "Version=1.1.63.0");
                List<Violation> violations = project.Check(raised);
                AssertReported(violations, SeededProject.ProjectFile, line, "pins: NANOFRAMEWORK.md (\"Package pins\") pins nanoFramework.System.Device.Gpio 1.1.63 but the gate's System.Device.Gpio is 1.1.62.0");
                Assert.AreEqual(1, violations.Count, string.Join("\n", violations));
            }
        }

        [TestMethod]
        public void AHintPathIntoAnotherPackageVersionFails()
        {
            string[] references = SeededProject.With(SeededProject.DefaultReferences, 1,
                SeededProject.Reference("System.Device.Gpio", "1.1.62.0", @"..\packages\nanoFramework.System.Device.Gpio.1.1.57\lib\System.Device.Gpio.dll"));
            using (SeededProject project = SeededProject.WithSource(Source(CleanSnippet), references))
            {
                int line = project.LineOf(SeededProject.ProjectFile, "Gpio.1.1.57");
                AssertReported(project.Check(), SeededProject.ProjectFile, line, "pins: the HintPath of 'System.Device.Gpio' points into package folder 'nanoFramework.System.Device.Gpio.1.1.57'");
            }
        }

        [TestMethod]
        public void AnAssemblyWithoutAPinFails()
        {
            string[] references = SeededProject.DefaultReferences.Append(SeededProject.Reference("System.Math", "1.5.43.0", @"..\packages\nanoFramework.System.Math.1.5.43\lib\System.Math.dll")).ToArray();
            using (SeededProject project = SeededProject.WithSource(Source(CleanSnippet), references))
            {
                int line = project.LineOf(SeededProject.ProjectFile, "System.Math");
                List<Violation> violations = project.Check();
                AssertReported(violations, SeededProject.ProjectFile, line, "pins: references assembly 'System.Math', which no package pinned in NANOFRAMEWORK.md");
                AssertReported(violations, SeededProject.ProjectFile, line, "nanoFramework API: no assembly 'System.Math' in ");
            }
        }

        [TestMethod]
        public void AReferencedPackageMissingFromPackagesConfigFails()
        {
            string[] packages = { SeededProject.DefaultPackages[0], SeededProject.DefaultPackages[2] };
            using (SeededProject project = SeededProject.WithSource(Source(CleanSnippet), null, packages))
            {
                AssertReported(project.Check(), "packages.config", 1, "references 'System.Device.Gpio' but packages.config does not list its package");
            }
        }

        [TestMethod]
        public void TheTestLauncherIsPinnedThroughTheTestFrameworkPackage()
        {
            string[] references =
            {
                SeededProject.DefaultReferences[0],
                SeededProject.Reference("nanoFramework.TestFramework", "3.0.77.0", @"..\packages\nanoFramework.TestFramework.3.0.77\lib\nanoFramework.TestFramework.dll"),
                SeededProject.Reference("nanoFramework.UnitTestLauncher", "0.0.0.0", @"..\packages\nanoFramework.TestFramework.3.0.77\lib\nanoFramework.UnitTestLauncher.exe"),
            };
            string[] packages = { SeededProject.DefaultPackages[0], SeededProject.Package("nanoFramework.TestFramework", "3.0.77") };
            string test = "using nanoFramework.TestFramework;\nnamespace Seeded\n{\n[TestClass] public class T { [TestMethod] public void Works() { Assert.AreEqual(1, 1); } }\n}\n";
            using (SeededProject good = SeededProject.WithSource(test, references, packages))
            {
                List<Violation> violations = good.Check();
                Assert.AreEqual(0, violations.Count, string.Join("\n", violations));
            }

            references[2] = SeededProject.Reference("nanoFramework.UnitTestLauncher", "3.0.77.0", @"..\packages\nanoFramework.TestFramework.3.0.77\lib\nanoFramework.UnitTestLauncher.exe");
            using (SeededProject versioned = SeededProject.WithSource(test, references, packages))
            {
                int line = versioned.LineOf(SeededProject.ProjectFile, "UnitTestLauncher, Version=3.0.77.0");
                AssertReported(versioned.Check(), SeededProject.ProjectFile, line, "write Version=0.0.0.0 (the assembly's own version)");
            }

            references[2] = SeededProject.Reference("nanoFramework.UnitTestLauncher", "0.0.0.0", @"..\packages\nanoFramework.TestFramework.3.0.70\lib\nanoFramework.UnitTestLauncher.exe");
            using (SeededProject stale = SeededProject.WithSource(test, references, packages))
            {
                AssertReported(stale.Check(), SeededProject.ProjectFile, stale.LineOf(SeededProject.ProjectFile, "3.0.70"), "pins nanoFramework.TestFramework 3.0.77");
            }
        }

        [TestMethod]
        public void AProjectReferenceCompilesTheReferencedSourcesFirst()
        {
            Dictionary<string, string> sources = new Dictionary<string, string>
            {
                { "Seeded.cs", Source("public static class User { public static int F() { return Library.Shared.Twice(2) + Library.Shared.Thrice(2); } }") },
            };
            using (SeededProject project = SeededProject.Create(sources, projectReferences: "<ProjectReference Include=\"Library\\Library.nfproj\" />"))
            {
                project.Write("Library/Library.nfproj", new[] { "Shared.cs" }, new[] { SeededProject.DefaultReferences[0] }, new[] { SeededProject.DefaultPackages[0] }, string.Empty);
                System.IO.File.WriteAllText(System.IO.Path.Combine(project.Folder, "Library", "Shared.cs"),
                    "namespace Library { public static class Shared { public static int Twice(int x) { return 2 * x; } } }");

                List<Violation> violations = project.Check();
                Assert.AreEqual(1, violations.Count, string.Join("\n", violations));
                AssertReported(violations, "Seeded.cs", SnippetLine, "CS0117 'Shared' does not contain a definition for 'Thrice'");
            }
        }

        [TestMethod]
        public void CleanDeviceCodePassesTheGate()
        {
            using (SeededProject project = SeededProject.WithSource(Source(CleanSnippet)))
            {
                List<Violation> violations = project.Check();
                Assert.AreEqual(0, violations.Count, string.Join("\n", violations));
            }
        }

        /// <summary>Ordinary device code: GPIO through its real signatures, ArrayList, strings, lock, Interlocked, events, SpanByte.</summary>
        private const string CleanSnippet =
            "public sealed class Blinker : IDisposable { "
            + "private readonly GpioPin _pin; private readonly ArrayList _log = new ArrayList(); private int _count; private readonly object _sync = new object(); "
            + "public event EventHandler Toggled; "
            + "public Blinker(GpioController controller, int pinNumber) { if (pinNumber < 0) { throw new ArgumentOutOfRangeException(\"pinNumber\", \"Pin \" + pinNumber + \" is negative.\"); } _pin = controller.OpenPin(pinNumber, PinMode.Output); } "
            + "public int Count { get { return _count; } } "
            + "public void Toggle() { lock (_sync) { _pin.Write(_pin.Read() == PinValue.High ? PinValue.Low : PinValue.High); } Interlocked.Increment(ref _count); EventHandler handler = Toggled; if (handler != null) { handler(this, EventArgs.Empty); } } "
            + "\n/// <summary>Boot: the buffer as the log shows it (builds strings).</summary>\npublic string Describe(byte[] buffer) { SpanByte span = new SpanByte(buffer); foreach (byte b in buffer) { _log.Add(b); } switch (span.Length) { case 0: return string.Empty; default: return \"bytes: \" + span.Length.ToString(\"D\") + \" at \" + DateTime.UtcNow.Ticks + $\" ({_count})\"; } } "
            + "public void Dispose() { _pin.Dispose(); Thread.Sleep(1); } }";

        private static string Source(string snippet)
        {
            return "using System;\nusing System.Collections;\nusing System.Device.Gpio;\nusing System.Threading;\nnamespace Seeded\n{\n" + snippet + "\n}\n";
        }

        /// <summary>Asserts one violation says <c>file:line: …reason…</c>.</summary>
        internal static void AssertReported(List<Violation> violations, string file, int line, string reason)
        {
            string all = violations.Count == 0 ? "(none)" : string.Join("\n", violations);
            Assert.IsTrue(
                violations.Any(v => v.File == file && v.Line == line && v.Reason.Contains(reason)),
                "expected " + file + ":" + line + ": ..." + reason + "...\nreported:\n" + all);
            Violation match = violations.First(v => v.File == file && v.Line == line && v.Reason.Contains(reason));
            StringAssert.StartsWith(match.ToString(), file + ":" + line + ": ");
        }
    }
}
