# SPDX-License-Identifier: Apache-2.0
# sched for ftpython: a general-purpose event scheduler, written in pure
# Python after CPython 3.13's documented behaviour.  All queue access is
# guarded by an RLock, so one scheduler may be shared between threads.

"""A generally useful event scheduler class.

Events are kept in a heap ordered by (time, priority, sequence); run()
executes them in that order, calling delayfunc to wait for each one.
"""

import heapq
import threading
import time
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
for _field, _doc in (
        ('time', 'Numeric type compatible with the return value of the\n'
                 'timefunc function passed to the constructor.'),
        ('priority', 'Events scheduled for the same time will be executed\n'
                     'in the order of their priority.'),
        ('sequence', 'A continually increasing sequence number that\n'
                     '    separates events if time and priority are equal.'),
        ('action', 'Executing the event means executing\n'
                   'action(*argument, **kwargs)'),
        ('argument', 'argument is a sequence holding the positional\n'
                     'arguments for the action.'),
        ('kwargs', 'kwargs is a dictionary holding the keyword\n'
                   'arguments for the action.')):
    try:
        getattr(Event, _field).__doc__ = _doc
    except AttributeError:      # ftpython: field accessors' __doc__ is
        pass                    # read-only there
del _field, _doc

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        """Initialize a new instance, passing the time and delay
        functions"""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Enter a new event in the queue at an absolute time.

        Returns an ID for the event which can be used to remove it,
        if necessary.
        """
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator),
                          action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """A variant that specifies the time as a relative time."""
        return self.enterabs(self.timefunc() + delay, priority, action,
                             argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue (ValueError if it is absent)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Check whether the queue is empty."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Execute events until the queue is empty.

        If blocking is False, run the events that are due and return the
        delay until the next one (None when the queue is empty).  After each
        event delayfunc(0) is called to let other threads run.  Exceptions
        from actions or delayfunc propagate; the queue stays consistent.
        """
        queue, timefunc, delayfunc = self._queue, self.timefunc, self.delayfunc
        while True:
            with self._lock:
                if not queue:
                    return None
                event = queue[0]
                now = timefunc()
                due = not event.time > now
                if due:
                    heapq.heappop(queue)
            if due:
                event.action(*event.argument, **event.kwargs)
                delayfunc(0)
            elif blocking:
                delayfunc(event.time - now)
            else:
                return event.time - now

    @property
    def queue(self):
        """An ordered list of upcoming events (Event named tuples)."""
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
