using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Keel.Conformance
{
    /// <summary>
    /// Checks a device project's assembly references and packages.config against the pins of
    /// NANOFRAMEWORK.md: every referenced assembly comes from a pinned package, at the pinned
    /// version, in the Reference's Version=, its HintPath and packages.config alike.
    /// </summary>
    public static class PinCheck
    {
        public const string NanoTargetFramework = "netnano1.0";

        public static List<Violation> Check(DeviceProject project, PackagePins pins, string root)
        {
            List<Violation> violations = new List<Violation>();
            string projectFile = Path.GetRelativePath(root, project.FullPath);
            string configFile = project.PackagesConfigPath == null ? null : Path.GetRelativePath(root, project.PackagesConfigPath);
            string pinsText = pins.Source + " (\"Package pins\")";

            foreach (DeviceReference reference in project.References)
            {
                PackagePin pin = pins.ForAssembly(reference.AssemblyName);
                if (pin == null)
                {
                    violations.Add(new Violation(projectFile, reference.Line, "pins: references assembly '" + reference.AssemblyName
                        + "', which no package pinned in " + pinsText + " provides. Pin its package there first, or drop the reference."));
                    continue;
                }

                IReadOnlyList<string> accepted = pins.AcceptedVersions(reference.AssemblyName);
                if (reference.Version == null)
                {
                    violations.Add(new Violation(projectFile, reference.Line, "pins: the reference to '" + reference.AssemblyName
                        + "' names no Version; write Version=" + pin.AssemblyVersion + " (" + pin.PackageId + " " + pin.Version + " in " + PinTable(pin) + ")."));
                }
                else if (!accepted.Contains(reference.Version))
                {
                    violations.Add(new Violation(projectFile, reference.Line, "pins: references " + reference.AssemblyName + " Version="
                        + reference.Version + " but " + PinTable(pin) + " pins " + pin.PackageId + " " + pin.Version + "; write Version="
                        + string.Join(" or Version=", accepted) + "."));
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
