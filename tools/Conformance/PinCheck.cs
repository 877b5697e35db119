using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Keel.Conformance
{
    /// <summary>
    /// Checks a device project's assembly references and packages.config against the pins of
    /// NANOFRAMEWORK.md and the real assemblies: every referenced assembly comes from a pinned
    /// package, at the pinned version, in its HintPath and packages.config alike, and the
    /// Reference names the assembly's own version and key. The one exception is the kit's
    /// host-only allocation counter, which a test project may reference without a pin.
    /// </summary>
    public static class PinCheck
    {
        public const string NanoTargetFramework = "netnano1.0";

        public static List<Violation> Check(DeviceProject project, PackagePins pins, NanoAssemblies assemblies, string root)
        {
            List<Violation> violations = new List<Violation>();
            string projectFile = Path.GetRelativePath(root, project.FullPath);
            string configFile = project.PackagesConfigPath == null ? null : Path.GetRelativePath(root, project.PackagesConfigPath);
            string pinsText = pins.Source + " (\"Package pins\")";

            foreach (DeviceReference reference in project.References)
            {
                NanoAssembly assembly = assemblies.Find(reference.AssemblyName);
                if (reference.AssemblyName == NanoAssemblies.HostMeasure)
                {
                    CheckHostMeasure(project, reference, assembly, projectFile, violations);
                    continue;
                }

                PackagePin pin = pins.ForAssembly(reference.AssemblyName);
                if (pin == null)
                {
                    violations.Add(new Violation(projectFile, reference.Line, "pins: references assembly '" + reference.AssemblyName
                        + "', which no package pinned in " + pinsText + " provides. Pin its package there first, or drop the reference."));
                    continue;
                }

                // An assembly at 0.0.0.0 (the test launcher) has no version of its own: its package folder pins it.
                if (assembly != null && assembly.Version != new Version(0, 0, 0, 0) && !assembly.IsVersion(pin.Version))
                {
                    violations.Add(new Violation(projectFile, reference.Line, "pins: " + PinTable(pin) + " pins " + pin.PackageId + " " + pin.Version + " but the gate's "
                        + assembly.Name + " is " + assembly.Version + " (" + assembly.Origin + "); bring that to the pinned version before code is checked against it."));
                }
                else if (assembly != null)
                {
                    CheckIdentity(reference, assembly, PinTable(pin) + " pins " + pin.PackageId + " " + pin.Version, projectFile, violations);
                }

                string expectedFolder = pin.PackageId + "." + pin.Version;
                string folder = PackageFolder(reference.HintPath);
                if (reference.HintPath == null)
                {
                    violations.Add(new Violation(projectFile, reference.Line, "pins: the reference to '" + reference.AssemblyName
                        + "' has no HintPath; the device build finds it under packages\\" + expectedFolder + "\\lib\\."));
                }
                else if (!string.Equals(folder, expectedFolder, StringComparison.OrdinalIgnoreCase))
                {
                    violations.Add(new Violation(projectFile, reference.Line, "pins: the HintPath of '" + reference.AssemblyName + "' points into package folder '"
                        + (folder ?? reference.HintPath) + "' but " + PinTable(pin) + " pins " + pin.PackageId + " " + pin.Version + " (folder '" + expectedFolder + "')."));
                }

                if (configFile == null)
                {
                    violations.Add(new Violation(projectFile, reference.Line, "pins: no packages.config beside " + project.FileName + ", so NuGet restores no "
                        + pin.PackageId + " for '" + reference.AssemblyName + "'; add one listing " + pin.PackageId + " " + pin.Version + "."));
                }
                else if (!project.Packages.Any(package => string.Equals(package.Id, pin.PackageId, StringComparison.OrdinalIgnoreCase)))
                {
                    violations.Add(new Violation(configFile, 1, "pins: " + project.FileName + " references '" + reference.AssemblyName + "' but packages.config does not list its package; add "
                        + "<package id=\"" + pin.PackageId + "\" version=\"" + pin.Version + "\" targetFramework=\"" + NanoTargetFramework + "\" />."));
                }
            }

            foreach (PackageEntry package in project.Packages)
            {
                PackagePin pin = pins.ForPackage(package.Id);
                if (pin == null)
                {
                    violations.Add(new Violation(configFile, package.Line, "pins: package " + package.Id + " " + package.Version + " is not pinned in "
                        + pinsText + "; pin it there first, or remove it."));
                }
                else if (package.Version != pin.Version)
                {
                    violations.Add(new Violation(configFile, package.Line, "pins: packages.config has " + package.Id + " " + package.Version
                        + " but " + PinTable(pin) + " pins " + pin.Version + "."));
                }

                if (package.TargetFramework != NanoTargetFramework)
                {
                    violations.Add(new Violation(configFile, package.Line, "pins: package " + package.Id + " has targetFramework=\""
                        + package.TargetFramework + "\"; nanoFramework packages restore for \"" + NanoTargetFramework + "\"."));
                }
            }

            return violations;
        }

        /// <summary>The Reference's Version= and PublicKeyToken= are the assembly's own (a device build resolves by them).</summary>
        private static void CheckIdentity(DeviceReference reference, NanoAssembly assembly, string why, string projectFile, List<Violation> violations)
        {
            string version = assembly.Version.ToString();
            if (reference.Version == null)
            {
                violations.Add(new Violation(projectFile, reference.Line, "pins: the reference to '" + reference.AssemblyName
                    + "' names no Version; write Version=" + version + " (" + why + ")."));
            }
            else if (reference.Version != version)
            {
                violations.Add(new Violation(projectFile, reference.Line, "pins: references " + reference.AssemblyName + " Version="
                    + reference.Version + " but " + why + "; write Version=" + version + " (the assembly's own version)."));
            }

            if (reference.PublicKeyToken != null && !string.Equals(reference.PublicKeyToken, assembly.PublicKeyToken, StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(new Violation(projectFile, reference.Line, "pins: references " + reference.AssemblyName + " PublicKeyToken=" + reference.PublicKeyToken
                    + " but the assembly's own is " + assembly.PublicKeyToken + "; write PublicKeyToken=" + assembly.PublicKeyToken + "."));
            }
        }

        /// <summary>
        /// nanoFramework.HostMeasure counts allocations on the kit's interpreter only: it has no
        /// package and is never deployed, so only a test project may reference it, from the kit itself.
        /// </summary>
        private static void CheckHostMeasure(DeviceProject project, DeviceReference reference, NanoAssembly assembly, string projectFile, List<Violation> violations)
        {
            if (!project.IsTestProject)
            {
                violations.Add(new Violation(projectFile, reference.Line, "pins: references " + NanoAssemblies.HostMeasure + ", the nanoclr kit's host-only allocation counter "
                    + "(no package, never deployed); only a test project (<IsTestProject>true</IsTestProject>) may reference it. Measure in a test project, or drop the reference."));
                return;
            }

            if (assembly == null)
            {
                return; // the compile reports the missing assembly
            }

            string expected = Path.GetRelativePath(project.Folder, assembly.Origin).Replace('/', '\\');
            string hinted = reference.HintPath == null ? null : Path.GetFullPath(Path.Combine(project.Folder, reference.HintPath.Replace('\\', Path.DirectorySeparatorChar)));
            if (!string.Equals(hinted, assembly.Origin, StringComparison.Ordinal))
            {
                violations.Add(new Violation(projectFile, reference.Line, "pins: the HintPath of '" + NanoAssemblies.HostMeasure + "' must name the kit's own copy, "
                    + expected + " (it has no package)."));
            }

            if (reference.Version != null || reference.PublicKeyToken != null)
            {
                CheckIdentity(reference, assembly, "the kit's " + NanoAssemblies.HostMeasure + " is " + assembly.Version, projectFile, violations);
            }
        }

        /// <summary>The package folder (<c>id.version</c>) right under a <c>packages</c> folder in a HintPath, or null.</summary>
        private static string PackageFolder(string hintPath)
        {
            if (hintPath == null)
            {
                return null;
            }

            string[] segments = hintPath.Replace('\\', '/').Split('/');
            int packages = Array.FindIndex(segments, segment => segment.Equals("packages", StringComparison.OrdinalIgnoreCase));
            return packages >= 0 && packages + 1 < segments.Length ? segments[packages + 1] : null;
        }

        /// <summary>Where a pin is written, for messages.</summary>
        private static string PinTable(PackagePin pin)
        {
            return pin.Source + " (\"Package pins\")";
        }
    }
}
