using Keel.Drivers.Gpio;
using Keel.Drivers.Ports;
using Keel.Drivers.Timers;
using Keel.Pools;
using Keel.Sim.Ports;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>The drivers' main loop — sampling 16 debounced inputs, reading edges, firing 32 timers — allocates exactly 0 bytes.</summary>
    [TestClass]
    public class DriverSteadyStateAllocationTests
    {
        private const int BoardPins = 40;
        private const int Inputs = 16;
        private const int Timers = 32;

        [TestMethod]
        public void SamplingSixteenPinsAndRunningThirtyTwoTimersForAMillionLoopPasses()
        {
            SimulatedClock clock = new SimulatedClock();
            SimulatedGpioPort port = new SimulatedGpioPort(BoardPins, clock);
            MemoryPlan plan = new MemoryPlan("alloc-probe", 100000);
            GpioDriver gpio = new GpioDriver(plan, port, clock, BoardPins, Inputs + 1, 32, OverflowPolicy.OverwriteOldest);
            TimerService timers = new TimerService(plan, clock, Timers);
            int led = gpio.ClaimOutput(Inputs, "led", GpioMode.Output, false);
            for (int pin = 0; pin < Inputs; pin++)
            {
                gpio.ClaimInput(pin, "input", pin % 2 == 0 ? GpioMode.InputPullUp : GpioMode.Input, (pin % 4) * 300);
            }

            // Half the timers periodic (the first one shorter than a loop pass, so periods get
            // missed), half one-shots whose handler restarts them and toggles the LED.
            CountingHandler counter = new CountingHandler();
            TogglingRestarter restarter = new TogglingRestarter(timers, gpio, led);
            for (int i = 0; i < Timers; i++)
            {
                if (i % 2 == 0)
                {
                    timers.StartPeriodic(timers.Create(counter), i == 0 ? 100 : 1000 + i * 300);
                }
                else
                {
                    timers.StartOneShot(timers.Create(restarter), 2000 + i * 100);
                }
            }

            // Pins 0 to 14 change level now and then; pin 15 (900 µs debounce) gets one-pass glitches.
            const int GlitchPin = Inputs - 1;
            long edgeSum = 0;
            long bytes = AllocationProbe.BytesAllocatedBy(i =>
            {
                clock.Advance(150 + (i % 5) * 40);
                if (i % 3 == 0)
                {
                    port.SetInput(i % GlitchPin, (i / 7) % 2 == 0);
                }

                if (i % 50 < 2)
                {
                    port.SetInput(GlitchPin, i % 50 == 0);
                }

                gpio.Sample();

                // Read edges only now and then, so the ring overflows and drops oldest edges too.
                if (i % 1024 == 0)
                {
                    int pin;
                    bool high;
                    long time;
                    while (gpio.TryReadEdge(out pin, out high, out time))
                    {
                        edgeSum += pin + time + (high ? 1 : 0);
                    }
                }

                timers.Poll();
            });

            Assert.AreEqual(0L, bytes);
            Assert.IsTrue(gpio.TotalEdges > 10000, "edges were accepted: " + gpio.TotalEdges);
            Assert.IsTrue(gpio.TotalBounces > 0, "short pulses were filtered");
            Assert.IsTrue(gpio.TotalDrops > 0, "the ring overflowed");
            Assert.IsTrue(edgeSum > 0);
            Assert.IsTrue(counter.Calls > 100000 && restarter.Calls > 100000);
            Assert.IsTrue(timers.MissedPeriods > 0, "the short periods were missed and counted");
            Assert.AreEqual(Timers, timers.Running);
            Assert.AreEqual(0, timers.HandlerFailures);
        }

        /// <summary>Counts calls.</summary>
        private sealed class CountingHandler : ITimerHandler
        {
            public long Calls;

            public void OnTimer(int timerId)
            {
                Calls++;
            }
        }

        /// <summary>Restarts the one-shot that fired and toggles an output, as a blinking watchdog would.</summary>
        private sealed class TogglingRestarter : ITimerHandler
        {
            private readonly TimerService _timers;
            private readonly GpioDriver _gpio;
            private readonly int _led;
            public long Calls;

            public TogglingRestarter(TimerService timers, GpioDriver gpio, int led)
            {
                _timers = timers;
                _gpio = gpio;
                _led = led;
            }

            public void OnTimer(int timerId)
            {
                Calls++;
                _timers.Restart(timerId);
                _gpio.Toggle(_led);
            }
        }
    }
}
