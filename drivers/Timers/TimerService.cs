using System;
using Keel.Drivers.Ports;
using Keel.Pools;

namespace Keel.Drivers.Timers
{
    /// <summary>A fixed number of one-shot and periodic software timers on the monotonic clock, fired from the main loop.</summary>
    /// <remarks>
    /// Timers live in a <see cref="SlotPool"/> (the timer id is its handle) with their fields in
    /// typed arrays; running timers sit in a binary min-heap of slot indices over an int array.
    /// Cost per operation, n = timers running: Create, Release of a stopped timer, IsRunning and
    /// TryGetDue are O(1); Start, Restart, Stop and Release of a running timer are O(log n);
    /// Poll is O(1) when nothing is due and O(log n) per timer it fires. Nothing allocates after
    /// the constructor.
    ///
    /// Order: timers fire by due time; timers due at the same microsecond fire in the order they
    /// were started (StartOneShot, StartPeriodic or Restart), and a periodic timer keeps its
    /// place across periods.
    ///
    /// No drift: a periodic timer started at s with period p is due at s + n × p for n = 1, 2, …,
    /// however late Poll runs. When Poll runs after several of those times have passed, the
    /// timer fires once and the others are counted as missed periods; it is then due at the
    /// first s + n × p after the poll.
    ///
    /// A timer started or restarted by a handler during Poll waits for the next Poll, so a
    /// handler that restarts its own timer with no delay cannot trap the loop.
    /// Single-threaded: the timer service belongs to the main loop.
    /// </remarks>
    public class TimerService
    {
        /// <summary>The timer pool's name in the memory map.</summary>
        public const string PoolName = "timers";

        /// <summary>
        /// Bytes one timer takes across the arrays below: handler reference 4, id 4, due 8,
        /// interval 8, periodic 1, start order 8, heap position 4, heap entry 4, handler failures 4,
        /// missed periods 4, name reference 4.
        /// </summary>
        public const int TimerBytes = 4 + 4 + 8 + 8 + 1 + 8 + 4 + 4 + 4 + 4 + 4;

        private const long NeverStarted = -1;

        private readonly IClock _clock;
        private readonly SlotPool _pool;

        // Per timer, indexed by slot.
        private readonly ITimerHandler[] _handlers;
        private readonly int[] _ids;
        private readonly long[] _due;
        private readonly long[] _interval;        // the one-shot delay or the period; NeverStarted until the first start
        private readonly bool[] _periodic;
        private readonly long[] _startOrder;      // breaks ties between equal due times
        private readonly int[] _heapPosition;     // -1 while the timer is not running
        private readonly int[] _handlerFailures;
        private readonly int[] _missed;
        private readonly string[] _names;

        // The running timers' slots, a binary min-heap by (due, start order).
        private readonly int[] _heap;
        private int _running;
        private long _nextStartOrder;

        private long _fired;
        private long _missedPeriods;
        private long _maxLatenessMicroseconds;
        private int _totalHandlerFailures;
        private int _lastFailedTimer;
        private Exception _lastHandlerException;
        private int _misuses;

        /// <summary>Boot: carves the timers from the board config and adds their pool to the memory plan.</summary>
        /// <param name="plan">The board's memory plan; the timer pool is added to it.</param>
        /// <param name="clock">The monotonic clock the timers run on.</param>
        /// <param name="capacity">How many timers can exist at once (a const of the board config).</param>
        public TimerService(MemoryPlan plan, IClock clock, int capacity)
        {
            if (plan == null || clock == null)
            {
                throw new ArgumentNullException(plan == null ? "plan" : "clock",
                    "The timer service needs the board's memory plan and its monotonic clock.");
            }

            _clock = clock;
            _pool = new SlotPool(PoolName, capacity, TimerBytes);
            _handlers = new ITimerHandler[capacity];
            _ids = new int[capacity];
            _due = new long[capacity];
            _interval = new long[capacity];
            _periodic = new bool[capacity];
            _startOrder = new long[capacity];
            _heapPosition = new int[capacity];
            _handlerFailures = new int[capacity];
            _missed = new int[capacity];
            _names = new string[capacity];
            _heap = new int[capacity];
            plan.Add(_pool);
        }

        /// <summary>The timer pool: capacity, timers in use, high-water mark, failures (all taken) and faults (bad ids).</summary>
        public SlotPool Pool
        {
            get { return _pool; }
        }

        public int Capacity
        {
            get { return _pool.Capacity; }
        }

        /// <summary>Timers created and not released.</summary>
        public int InUse
        {
            get { return _pool.InUse; }
        }

        public int HighWater
        {
            get { return _pool.HighWater; }
        }

        /// <summary>Creates refused because every timer was taken.</summary>
        public int Failures
        {
            get { return _pool.Failures; }
        }

        /// <summary>Timers started and not yet expired (one-shot) or stopped.</summary>
        public int Running
        {
            get { return _running; }
        }

        /// <summary>Handler calls made.</summary>
        public long Fired
        {
            get { return _fired; }
        }

        /// <summary>Periodic expiries that passed while the loop ran late, folded into a single firing.</summary>
        public long MissedPeriods
        {
            get { return _missedPeriods; }
        }

        /// <summary>The most a firing came after its due time (the oldest expiry it stood for), in microseconds.</summary>
        public long MaxLatenessMicroseconds
        {
            get { return _maxLatenessMicroseconds; }
        }

        /// <summary>Handler calls that threw.</summary>
        public int HandlerFailures
        {
            get { return _totalHandlerFailures; }
        }

        /// <summary>The id of the timer whose handler threw last, or <see cref="PoolHandle.None"/>.</summary>
        public int LastFailedTimer
        {
            get { return _lastFailedTimer; }
        }

        /// <summary>What the handler that threw last threw (already allocated by it), for the console; null if none did.</summary>
        public Exception LastHandlerException
        {
            get { return _lastHandlerException; }
        }

        /// <summary>Starts refused for a negative delay or a period below 1 microsecond, and restarts of a timer never started.</summary>
        public int Misuses
        {
            get { return _misuses; }
        }

        /// <summary>
        /// Takes a stopped timer that will call handler: its id, or <see cref="PoolHandle.None"/>
        /// (counted in <see cref="Failures"/>) when all timers are taken. O(1).
        /// </summary>
        public int Create(ITimerHandler handler) => Create(handler, null);

        /// <summary>
        /// As <see cref="Create(ITimerHandler)"/>, with a name the console's timers listing shows
        /// ("heartbeat"); null for none.
        /// </summary>
        public int Create(ITimerHandler handler, string name)
        {
            if (handler == null)
            {
                throw new ArgumentNullException("handler", "A timer needs a handler object to call when it fires.");
            }

            int id = _pool.Acquire();
            if (id == PoolHandle.None)
            {
                return PoolHandle.None;
            }

            int slot = _pool.IndexOf(id);
            _handlers[slot] = handler;
            _ids[slot] = id;
            _interval[slot] = NeverStarted;
            _periodic[slot] = false;
            _heapPosition[slot] = -1;
            _handlerFailures[slot] = 0;
            _missed[slot] = 0;
            _names[slot] = name;
            return id;
        }

        /// <summary>Stops the timer and gives it back; false (counted by the pool) for an id not in use. O(log n).</summary>
        public bool Release(int id)
        {
            int slot = _pool.IndexOf(id);
            if (slot < 0)
            {
                return false;
            }

            Unschedule(slot);
            _handlers[slot] = null;
            _names[slot] = null;
            _pool.Release(id);
            return true;
        }

        /// <summary>Fires the timer once, delayMicroseconds from now (0: at the next Poll). Restarts it if running. O(log n).</summary>
        public bool StartOneShot(int id, long delayMicroseconds)
        {
            if (delayMicroseconds < 0)
            {
                _misuses++;
                return false;
            }

            return Start(id, delayMicroseconds, false);
        }

        /// <summary>Fires the timer every periodMicroseconds from now, without drift. Restarts it if running. O(log n).</summary>
        public bool StartPeriodic(int id, long periodMicroseconds)
        {
            if (periodMicroseconds < 1)
            {
                _misuses++;
                return false;
            }

            return Start(id, periodMicroseconds, true);
        }

        /// <summary>Starts the timer again from now, as it was last started (one-shot or periodic, same interval). O(log n).</summary>
        public bool Restart(int id)
        {
            int slot = _pool.IndexOf(id);
            if (slot < 0)
            {
                return false;
            }

            if (_interval[slot] == NeverStarted)
            {
                _misuses++;
                return false;
            }

            Schedule(slot, _interval[slot], _periodic[slot]);
            return true;
        }

        /// <summary>Stops the timer if it runs; false (counted by the pool) only for an id not in use. O(log n).</summary>
        public bool Stop(int id)
        {
            int slot = _pool.IndexOf(id);
            if (slot < 0)
            {
                return false;
            }

            Unschedule(slot);
            return true;
        }

        /// <summary>Whether the timer is waiting to fire. O(1).</summary>
        public bool IsRunning(int id)
        {
            int slot = _pool.IndexOf(id);
            return slot >= 0 && _heapPosition[slot] >= 0;
        }

        /// <summary>When a running timer fires next (for a periodic one, start + n × period); false if it is not running. O(1).</summary>
        public bool TryGetDue(int id, out long dueMicroseconds)
        {
            int slot = _pool.IndexOf(id);
            if (slot < 0 || _heapPosition[slot] < 0)
            {
                dueMicroseconds = 0;
                return false;
            }

            dueMicroseconds = _due[slot];
            return true;
        }

        /// <summary>The id of the timer in slot 0 .. Capacity − 1, or <see cref="PoolHandle.None"/> when the slot is free (the console lists timers so).</summary>
        public int IdAt(int slot) => slot >= 0 && slot < _handlers.Length && _handlers[slot] != null ? _ids[slot] : PoolHandle.None;

        /// <summary>The name given at <see cref="Create(ITimerHandler, string)"/>, or null; null for an id not in use.</summary>
        public string NameOf(int id)
        {
            int slot = _pool.IndexOf(id);
            return slot < 0 ? null : _names[slot];
        }

        /// <summary>The period of a periodic timer or the delay of a one-shot, as last started; 0 if never started or not in use.</summary>
        public long IntervalOf(int id)
        {
            int slot = _pool.IndexOf(id);
            return slot < 0 || _interval[slot] == NeverStarted ? 0 : _interval[slot];
        }

        /// <summary>Whether the timer was last started periodic.</summary>
        public bool IsPeriodic(int id)
        {
            int slot = _pool.IndexOf(id);
            return slot >= 0 && _periodic[slot];
        }

        /// <summary>Periods this timer missed because a poll came late (since it was created or statistics were reset).</summary>
        public int MissedPeriodsOf(int id)
        {
            int slot = _pool.IndexOf(id);
            return slot < 0 ? 0 : _missed[slot];
        }

        /// <summary>The clock the timers run on (for times relative to now).</summary>
        public IClock Clock => _clock;

        /// <summary>Handler calls of this timer that threw; 0 for an id not in use (counted by the pool).</summary>
        public int HandlerFailuresOf(int id)
        {
            int slot = _pool.IndexOf(id);
            return slot < 0 ? 0 : _handlerFailures[slot];
        }

        /// <summary>
        /// Main loop: fires every timer due at the clock's current time, in order, each at most
        /// once. Returns how many handlers it called. Allocates nothing.
        /// </summary>
        public int Poll()
        {
            long now = _clock.NowMicroseconds;
            long startedBeforePoll = _nextStartOrder;
            int fired = 0;
            while (_running > 0)
            {
                int slot = _heap[0];
                long due = _due[slot];

                // A timer (re)started by a handler in this poll has a start order of at least
                // startedBeforePoll; it can only be at the top once no older timer is due.
                if (due > now || _startOrder[slot] >= startedBeforePoll)
                {
                    break;
                }

                long lateness = now - due;
                if (lateness > _maxLatenessMicroseconds)
                {
                    _maxLatenessMicroseconds = lateness;
                }

                if (_periodic[slot])
                {
                    // Due times stay on the grid start + n × period: fire once for all the
                    // expiries that have passed and count the others as missed.
                    long period = _interval[slot];
                    long missed = lateness / period;
                    _missedPeriods += missed;
                    _missed[slot] = missed > int.MaxValue - _missed[slot] ? int.MaxValue : _missed[slot] + (int)missed;
                    _due[slot] = AddClamped(due, missed + 1, period);
                    SiftDown(0);
                }
                else
                {
                    RemoveAt(0);
                }

                // State is settled before the call, so the handler may start, stop or release any timer.
                fired++;
                _fired++;
                Call(slot);
            }

            return fired;
        }

        /// <summary>The earliest due time of any running timer (what the main loop may sleep until); false when none runs. O(1).</summary>
        public bool TryGetNextDue(out long dueMicroseconds)
        {
            if (_running == 0)
            {
                dueMicroseconds = 0;
                return false;
            }

            dueMicroseconds = _due[_heap[0]];
            return true;
        }

        /// <summary>Zeroes fired, missed, lateness, handler failure and misuse counters (the pool keeps its own).</summary>
        public void ResetStatistics()
        {
            _fired = 0;
            _missedPeriods = 0;
            _maxLatenessMicroseconds = 0;
            _totalHandlerFailures = 0;
            _lastFailedTimer = PoolHandle.None;
            _lastHandlerException = null;
            _misuses = 0;
            for (int slot = 0; slot < _handlerFailures.Length; slot++)
            {
                _handlerFailures[slot] = 0;
                _missed[slot] = 0;
            }
        }

        private bool Start(int id, long interval, bool periodic)
        {
            int slot = _pool.IndexOf(id);
            if (slot < 0)
            {
                return false;
            }

            Schedule(slot, interval, periodic);
            return true;
        }

        private void Call(int slot)
        {
            int id = _ids[slot];
            try
            {
                _handlers[slot].OnTimer(id);
            }
            catch (Exception exception)
            {
                // The handler's failure is its own: count it, keep it for the console, go on. If the
                // handler released its timer, the slot may hold another timer by now: charge it nothing.
                if (_ids[slot] == id && _handlers[slot] != null)
                {
                    _handlerFailures[slot]++;
                }

                _totalHandlerFailures++;
                _lastFailedTimer = id;
                _lastHandlerException = exception;
            }
        }

        /// <summary>time + count × interval, or long.MaxValue ("never") when that lies past the end of time.</summary>
        private static long AddClamped(long time, long count, long interval)
        {
            return interval > (long.MaxValue - time) / count ? long.MaxValue : time + count * interval;
        }

        private void Schedule(int slot, long interval, bool periodic)
        {
            _interval[slot] = interval;
            _periodic[slot] = periodic;
            _due[slot] = AddClamped(_clock.NowMicroseconds, 1, interval);
            _startOrder[slot] = _nextStartOrder;
            _nextStartOrder++;

            int position = _heapPosition[slot];
            if (position < 0)
            {
                position = _running;
                _running++;
                Place(slot, position);
                SiftUp(position);
            }
            else
            {
                // Moved within the heap: the new key can be smaller or larger than the old one.
                SiftDown(SiftUp(position));
            }
        }

        private void Unschedule(int slot)
        {
            int position = _heapPosition[slot];
            if (position >= 0)
            {
                RemoveAt(position);
            }
        }

        private void RemoveAt(int position)
        {
            int removed = _heap[position];
            _heapPosition[removed] = -1;
            _running--;
            if (position == _running)
            {
                return;
            }

            Place(_heap[_running], position);
            SiftDown(SiftUp(position));
        }

        /// <summary>Moves the entry at position up while it sorts before its parent; returns where it ended.</summary>
        private int SiftUp(int position)
        {
            int slot = _heap[position];
            while (position > 0)
            {
                int parent = (position - 1) / 2;
                if (!Before(slot, _heap[parent]))
                {
                    break;
                }

                Place(_heap[parent], position);
                position = parent;
            }

            Place(slot, position);
            return position;
        }

        /// <summary>Moves the entry at position down while a child sorts before it.</summary>
        private void SiftDown(int position)
        {
            int slot = _heap[position];
            while (true)
            {
                int child = 2 * position + 1;
                if (child >= _running)
                {
                    break;
                }

                if (child + 1 < _running && Before(_heap[child + 1], _heap[child]))
                {
                    child++;
                }

                if (!Before(_heap[child], slot))
                {
                    break;
                }

                Place(_heap[child], position);
                position = child;
            }

            Place(slot, position);
        }

        private void Place(int slot, int position)
        {
            _heap[position] = slot;
            _heapPosition[slot] = position;
        }

        /// <summary>The heap order: earlier due first, then earlier start.</summary>
        private bool Before(int a, int b)
        {
            return _due[a] < _due[b] || (_due[a] == _due[b] && _startOrder[a] < _startOrder[b]);
        }
    }
}
