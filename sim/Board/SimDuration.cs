using System;
using System.Globalization;

namespace Keel.Sim.Board
{
    /// <summary>Times as the simulator's 'wait' takes them: a whole number with us, ms, s, min or h (a bare number is milliseconds).</summary>
    public static class SimDuration
    {
        /// <summary>What a time looks like, for error messages.</summary>
        public const string Examples = "a whole number with us, ms, s, min or h (bare: ms), such as 500ms, 2s or 5min";

        private static readonly string[] Units = { "us", "ms", "min", "s", "h" };
        private static readonly long[] Scales = { 1, 1000, 60000000, 1000000, 3600000000 };

        /// <summary>"500ms", "2s", "100us", "5min", "1h", or a bare number of milliseconds; false for anything else (a negative or overflowing time too).</summary>
        public static bool TryParse(string text, out long microseconds)
        {
            microseconds = 0;
            long scale = 1000;
            string number = text;
            for (int i = 0; i < Units.Length; i++)
            {
                if (text.EndsWith(Units[i], StringComparison.Ordinal))
                {
                    scale = Scales[i];
                    number = text.Substring(0, text.Length - Units[i].Length);
                    break;
                }
            }

            long value;
            if (number.Length == 0 || !char.IsDigit(number[0])
                || !long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out value) || value > long.MaxValue / scale)
            {
                return false;
            }

            microseconds = value * scale;
            return true;
        }

        /// <summary>A hint for a time that did not parse, or null: "5m" is ambiguous (minutes or milliseconds?).</summary>
        public static string Hint(string text)
        {
            if (text.EndsWith("m", StringComparison.Ordinal) && text.Length > 1 && char.IsDigit(text[text.Length - 2]))
            {
                string number = text.Substring(0, text.Length - 1);
                return "write " + number + "min for minutes or " + number + "ms for milliseconds";
            }

            return null;
        }

        /// <summary>A time for people: "250 ms", "1.5 s", "2 min 30 s", "1 h 5 min".</summary>
        public static string Format(long microseconds)
        {
            if (microseconds < 1000)
            {
                return microseconds + " us";
            }

            if (microseconds < 1000000)
            {
                return (microseconds / 1000) + " ms";
            }

            if (microseconds < 60000000)
            {
                long tenths = microseconds / 100000;
                return (tenths % 10 == 0 ? (tenths / 10).ToString(CultureInfo.InvariantCulture) : (tenths / 10) + "." + (tenths % 10)) + " s";
            }

            long seconds = microseconds / 1000000;
            if (seconds < 3600)
            {
                return (seconds / 60) + " min" + (seconds % 60 == 0 ? "" : " " + (seconds % 60) + " s");
            }

            return (seconds / 3600) + " h" + (seconds % 3600 / 60 == 0 ? "" : " " + (seconds % 3600 / 60) + " min");
        }
    }
}
