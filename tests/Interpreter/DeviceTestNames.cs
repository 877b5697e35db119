using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Keel.Tests.Interpreter
{
    /// <summary>The names the nanoFramework test launcher gives the tests of a shared test project, read from its PC twin: Namespace.Class.Method.N, N counting the method's data rows from 0.</summary>
    public static class DeviceTestNames
    {
        /// <summary>Every test the launcher will report for the test classes of assembly, in a stable order.</summary>
        public static IReadOnlyList<string> Of(Assembly assembly)
        {
            List<string> names = new List<string>();
            foreach (Type type in assembly.GetTypes().Where(IsTestClass).OrderBy(type => type.FullName, StringComparer.Ordinal))
            {
                foreach (MethodInfo method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                {
                    if (!Has(method, "TestMethodAttribute"))
                    {
                        continue;
                    }

                    int rows = method.GetCustomAttributes().Count(attribute => attribute.GetType().Name == "DataRowAttribute");
                    for (int row = 0; row < Math.Max(1, rows); row++)
                    {
                        names.Add(type.FullName + "." + method.Name + "." + row);
                    }
                }
            }

            return names;
        }

        private static bool IsTestClass(Type type) => type.GetCustomAttributes().Any(attribute => attribute.GetType().Name == "TestClassAttribute");

        private static bool Has(MethodInfo method, string attributeName) => method.GetCustomAttributes().Any(attribute => attribute.GetType().Name == attributeName);
    }
}
