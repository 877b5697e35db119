using Keel.Console;

namespace Keel.Firmware.App
{
    /// <summary>The log command: the demo's boot counter, presses, LED, heartbeats and the press log kept in flash.</summary>
    public class LogCommand : ConsoleCommand
    {
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
                output.Pair("app.boots", _app.BootCount);
                output.Pair("app.presses", _app.Presses);
                output.Pair("app.led", _app.LedOn ? 1 : 0);
                output.Pair("app.heartbeats", _app.Heartbeats);
                output.Pair("app.store_failures", _app.StoreFailures);
            }
            else
            {
                output.Field("boots", _app.BootCount);
                output.Field("presses", _app.Presses);
                output.Field("led", _app.LedOn ? "on" : "off");
                output.Field("heartbeats", _app.Heartbeats);
                output.Field("store failures", _app.StoreFailures);
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
                    Key(output, press, ".boot=");
                    output.Decimal(boot);
                    output.NewLine();
                    Key(output, press, ".microseconds=");
                    output.Decimal(time);
                    output.NewLine();
                    Key(output, press, ".led=");
                    output.Decimal(led ? 1 : 0);
                    output.NewLine();
                    continue;
                }

                output.Text("press ");
                output.Decimal(press);
                output.Text(" in boot ");
                output.Decimal(boot);
                output.Text(" at ");
                output.Decimal(time / 1000000);
                output.Character('.');
                output.DecimalPadded(time / 1000 % 1000, 3);
                output.Text(" s: led ");
                output.Text(led ? "on" : "off");
                output.NewLine();
            }
        }

        private static void Key(ConsoleOutput output, int press, string key)
        {
            output.Text("log.");
            output.Decimal(press);
            output.Text(key);
        }
    }
}
