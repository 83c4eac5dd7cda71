# SPDX-License-Identifier: Apache-2.0
# _datetime for ftpython: CPython's accelerator module's names, answered by datetime's own classes (there is one
# implementation, in Python), so code and tests that import it, or datetime with and without it, find them.
from datetime import date, datetime, time, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR, UTC

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC')
