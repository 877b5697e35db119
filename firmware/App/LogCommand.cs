using Keel.Console;

namespace Keel.Firmware.App
{
    /// <summary>The log command: the demo's boot counter, presses, LED, heartbeats and the press log kept in flash.</summary>
    public class LogCommand : ConsoleCommand
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string BootsKey = "app.boots";
        private static readonly string PressesKey = "app.presses";
        private static readonly string LedKey = "app.led";
        private static readonly string HeartbeatsKey = "app.heartbeats";
        private static readonly string StoreFailuresKey = "app.store_failures";
        private static readonly string BootsText = "boots";
        private static readonly string PressesText = "presses";
        private static readonly string LedText = "led";
        private static readonly string OnText = "on";
        private static readonly string OffText = "off";
        private static readonly string HeartbeatsText = "heartbeats";
        private static readonly string StoreFailuresText = "store failures";
        private static readonly string BootKeyEnd = ".boot=";
        private static readonly string MicrosecondsKeyEnd = ".microseconds=";
        private static readonly string LedKeyEnd = ".led=";
        private static readonly string PressText = "press ";
        private static readonly string InBootText = " in boot ";
        private static readonly string AtText = " at ";
        private static readonly string SLedText = " s: led ";
        private static readonly string LogGroup = "log.";

        private readonly DemoApp _app;

        public LogCommand(DemoApp app)
            : base("log", "log", "the demo: boots, button presses, LED, heartbeats and the press log in flash")
        {
            _app = app;
        }

        public override void Run(CommandContext context)
        {
            if (!context.ExpectNoArguments())
            {
                return;
            }

            ConsoleOutput output = context.Output;
            bool kv = context.KeyValue;
            if (kv)
            {
                output.Pair(BootsKey, _app.BootCount);
                output.Pair(PressesKey, _app.Presses);
                output.Pair(LedKey, _app.LedOn ? 1 : 0);
                output.Pair(HeartbeatsKey, _app.Heartbeats);
                output.Pair(StoreFailuresKey, _app.StoreFailures);
            }
            else
            {
                output.Field(BootsText, _app.BootCount);
                output.Field(PressesText, _app.Presses);
                output.Field(LedText, _app.LedOn ? OnText : OffText);
                output.Field(HeartbeatsText, _app.Heartbeats);
                output.Field(StoreFailuresText, _app.StoreFailures);
            }

            int first = _app.Presses - _app.LogCapacity + 1;
            for (int press = first < 1 ? 1 : first; press <= _app.Presses; press++)
            {
                int boot;
                long time;
                bool led;
                if (!_app.TryReadLog(press, out boot, out time, out led))
                {
                    continue;
                }

                if (kv)
                {
                    Key(output, press, BootKeyEnd);
                    output.Decimal(boot);
                    output.NewLine();
                    Key(output, press, MicrosecondsKeyEnd);
                    output.Decimal(time);
                    output.NewLine();
                    Key(output, press, LedKeyEnd);
                    output.Decimal(led ? 1 : 0);
                    output.NewLine();
                    continue;
                }

                output.Text(PressText);
                output.Decimal(press);
                output.Text(InBootText);
                output.Decimal(boot);
                output.Text(AtText);
                output.Decimal(time / 1000000);
                output.Character('.');
                output.DecimalPadded(time / 1000 % 1000, 3);
                output.Text(SLedText);
                output.Text(led ? OnText : OffText);
                output.NewLine();
            }
        }

        private static void Key(ConsoleOutput output, int press, string key)
        {
            output.Text(LogGroup);
            output.Decimal(press);
            output.Text(key);
        }
    }
}
