using Keel.Console;
using Keel.Drivers.Timers;

namespace Keel.Firmware.Commands
{
    /// <summary>The timers command: timers in use and running, fired, missed periods, worst lateness and handler failures.</summary>
    public class TimersCommand : ConsoleCommand, IResettableStatistics
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string CapacityKey = "timers.capacity";
        private static readonly string InUseKey = "timers.in_use";
        private static readonly string RunningKey = "timers.running";
        private static readonly string HighWaterKey = "timers.high_water";
        private static readonly string CreateFailuresKey = "timers.create_failures";
        private static readonly string FiredKey = "timers.fired";
        private static readonly string MissedPeriodsKey = "timers.missed_periods";
        private static readonly string MaxLatenessKey = "timers.max_lateness_microseconds";
        private static readonly string HandlerFailuresKey = "timers.handler_failures";
        private static readonly string InUseLabel = "timers in use";
        private static readonly string OfText = " of ";
        private static readonly string BarGap = "  ";
        private static readonly string RunningText = "running";
        private static readonly string HighWaterText = "high water";
        private static readonly string CreateFailuresText = "create failures";
        private static readonly string FiredText = "fired";
        private static readonly string MissedPeriodsText = "missed periods";
        private static readonly string MaxLatenessText = "max lateness";
        private static readonly string MicrosecondsUnit = " us";
        private static readonly string HandlerFailuresText = "handler failures";

        private readonly TimerService _timers;

        public TimersCommand(TimerService timers)
            : base("timers", "timers", "timers in use, fired, missed periods, max lateness, handler failures")
        {
            _timers = timers;
        }

        /// <summary>'stats reset' names the timer counters so.</summary>
        public string StatisticsName => Name;

        /// <summary>Zeroes fired, missed periods, worst lateness and handler failures (stats reset).</summary>
        public void ResetStatistics() => _timers.ResetStatistics();

        public override void Run(CommandContext context)
        {
            if (!context.ExpectNoArguments())
            {
                return;
            }

            ConsoleOutput output = context.Output;
            if (context.KeyValue)
            {
                output.Pair(CapacityKey, _timers.Capacity);
                output.Pair(InUseKey, _timers.InUse);
                output.Pair(RunningKey, _timers.Running);
                output.Pair(HighWaterKey, _timers.HighWater);
                output.Pair(CreateFailuresKey, _timers.Failures);
                output.Pair(FiredKey, _timers.Fired);
                output.Pair(MissedPeriodsKey, _timers.MissedPeriods);
                output.Pair(MaxLatenessKey, _timers.MaxLatenessMicroseconds);
                output.Pair(HandlerFailuresKey, _timers.HandlerFailures);
                return;
            }

            output.TextColumn(InUseLabel, ConsoleOutput.LabelWidth);
            output.Decimal(_timers.InUse);
            output.Text(OfText);
            output.Decimal(_timers.Capacity);
            output.Text(BarGap);
            output.UsageBar(_timers.InUse, _timers.HighWater, _timers.Capacity, 10);
            output.NewLine();
            output.Field(RunningText, _timers.Running);
            output.Field(HighWaterText, _timers.HighWater);
            output.Field(CreateFailuresText, _timers.Failures);
            output.Field(FiredText, _timers.Fired);
            output.Field(MissedPeriodsText, _timers.MissedPeriods);
            output.Field(MaxLatenessText, _timers.MaxLatenessMicroseconds, MicrosecondsUnit);
            output.Field(HandlerFailuresText, _timers.HandlerFailures);
        }
    }
}
