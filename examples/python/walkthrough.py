"""zhengwu from Python: the calendar, a deadline with its reasons, identifiers, an error."""

import zhengwu

engine = zhengwu.Engine()
print(engine)

due = engine.call("calendar.deadline", {"start": "2024-09-20", "period": {"workdays": 60}})
print("60 working days from 2024-09-20:", due["due"])
for reason in due["reasons"]:
    print("  ", reason["code"], "—", reason["citation"]["doc"], reason["citation"]["article"])

print(engine.call("id.resident", {"id": "11010519491231002X"})["masked"])

try:
    engine.call("calendar.day", {"date": "2031-01-01"})
except zhengwu.ZhengwuError as e:
    print("error:", e.code, "at", e.path)
