"""Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.

The types of the calendar operations (re-exported by `zhengwu.optypes`)."""

from typing import Any, TypedDict, Union

from .common import Error, IsoDate, NotRequired, Period, Reason, SpecialStep

AddIn = TypedDict('AddIn', {"date": "IsoDate", "days": int})

BetweenIn = TypedDict('BetweenIn', {"from": "IsoDate", "to": "IsoDate"})

Change = TypedDict('Change', {"date": "IsoDate", "workday": bool, "projected_workday": bool, "holiday": str})
"""A day the notice sets otherwise than the projection (weekends and the statutory days alone)."""

CheckYearIn = TypedDict('CheckYearIn', {"file": Any})

CheckYearOut = TypedDict('CheckYearOut', {"year": int, "complete": bool, "working_days": int, "statutory": list["StatutoryOut"], "source": NotRequired[Union["YearSource", None]], "reasons": list["Reason"]})

CoverageOut = TypedDict('CoverageOut', {"calendar": str, "official": "Range", "projected": NotRequired[Union["Range", None]], "sources": list["CoverageYear"], "reasons": list["Reason"]})

CoverageYear = TypedDict('CoverageYear', {"year": int, "source": "YearSource"})

DateOut = TypedDict('DateOut', {"date": "IsoDate", "provisional": NotRequired[bool], "reasons": NotRequired[list["Reason"]]})

DayIn = TypedDict('DayIn', {"date": "IsoDate"})

DayMove = TypedDict('DayMove', {"date": "IsoDate", "before": Union[bool, None], "provisional": bool, "after": bool})

DayOut = TypedDict('DayOut', {"date": "IsoDate", "workday": bool, "kind": str, "holiday": NotRequired[Union[str, None]], "adjusted_for": NotRequired[Union[str, None]], "weekday": int, "provisional": NotRequired[bool], "reasons": NotRequired[list["Reason"]]})

DaysOut = TypedDict('DaysOut', {"days": int, "provisional": NotRequired[bool], "reasons": NotRequired[list["Reason"]]})

DeadlineIn = TypedDict('DeadlineIn', {"start": "IsoDate", "period": "Period", "pauses": NotRequired[list["Pause"]]})

DeadlineOut = TypedDict('DeadlineOut', {"start": "IsoDate", "period": "Period", "due": "IsoDate", "paused_days": int, "rolled_from": NotRequired[Union["IsoDate", None]], "provisional": NotRequired[bool], "reasons": list["Reason"]})

DiffYearsIn = TypedDict('DiffYearsIn', {"text": NotRequired[Union[str, None]], "year": NotRequired[Union[int, None]], "year_file": NotRequired[Any], "states": NotRequired[list[Any]], "cases": NotRequired[list[Any]], "today": NotRequired[Union["IsoDate", None]]})

Failed = TypedDict('Failed', {"list": str, "index": int, "error": "Error"})

Holiday = TypedDict('Holiday', {"name": str, "days_off": list["IsoDate"], "workdays": list["IsoDate"]})
"""One item of the notice: a holiday (or two merged, 国庆节、中秋节) and the days it sets."""

Move = TypedDict('Move', {"deadline": str, "from": Union["IsoDate", None], "to": "IsoDate"})

Moved = TypedDict('Moved', {"index": int, "id": NotRequired[Union[str, None]], "matter": str, "moves": list["Move"]})

ParseNoticeIn = TypedDict('ParseNoticeIn', {"text": str, "year": NotRequired[Union[int, None]]})

ParsedNotice = TypedDict('ParsedNotice', {"year": int, "source": "SourceOut", "days_off": list["IsoDate"], "workdays": list["IsoDate"], "holidays": list["Holiday"], "year_files": list[Any], "complete": bool, "statutory": list["StatutoryOut"], "working_days": int, "changes": list["Change"], "reasons": list["Reason"]})

Pause = TypedDict('Pause', {"from": "IsoDate", "to": "IsoDate", "step": NotRequired[Union["SpecialStep", None]]})
"""A paused interval: both end days included; `step` names the special step when known."""

Range = TypedDict('Range', {"from": "IsoDate", "to": "IsoDate"})

SourceOut = TypedDict('SourceOut', {"title": Union[str, None], "number": Union[str, None], "date": Union["IsoDate", None]})

StatutoryOut = TypedDict('StatutoryOut', {"holiday": str, "day": str, "date": "IsoDate", "present": bool})
"""A statutory day off of the year and whether the year's data gives it as a day off."""

YearChanges = TypedDict('YearChanges', {"year": int, "days": list["DayMove"], "commitments": list["Moved"], "cases": list["Moved"], "errors": list["Failed"], "summary": "YearChangesSummary", "reasons": list["Reason"]})

YearChangesSummary = TypedDict('YearChangesSummary', {"days": int, "commitments": int, "cases": int})

YearSource = TypedDict('YearSource', {"title": NotRequired[Union[str, None]], "number": NotRequired[Union[str, None]], "issuer": NotRequired[Union[str, None]], "date": NotRequired[Union["IsoDate", None]], "url": NotRequired[Union[str, None]]})
"""国务院办公厅关于部分节假日安排的通知 — the notice that sets one year's arrangement."""
