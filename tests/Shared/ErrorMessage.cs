using System;

namespace Keel.Tests
{
    /// <summary>Runs code expected to throw a boot error and gives back its message, for tests that read it.</summary>
    public static class ErrorMessage
    {
        /// <summary>The message of the exception action throws, or "(nothing thrown)".</summary>
        public static string Of(Action action)
        {
            try
            {
                action();
            }
            catch (Exception error)
            {
                return error.Message;
            }

            return "(nothing thrown)";
        }
    }
}
