namespace Keel.Drivers.Timers
{
    /// <summary>What a software timer calls when it fires: an object registered at boot, so firing allocates nothing.</summary>
    /// <remarks>
    /// Runs on the main loop, inside <see cref="TimerService.Poll"/>. It may start, stop, restart
    /// or release any timer, its own included. An exception it throws is caught, counted and
    /// kept for the console; the other timers keep firing.
    /// </remarks>
    public interface ITimerHandler
    {
        /// <param name="timerId">The id <see cref="TimerService.Create(ITimerHandler)"/> returned for the timer that fired.</param>
        void OnTimer(int timerId);
    }
}
