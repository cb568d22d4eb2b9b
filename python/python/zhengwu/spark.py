"""zhengwu on Spark: vectorised (Arrow / pandas) UDFs and SQL functions over the same engine.

    >>> import zhengwu.spark                                     # doctest: +SKIP
    >>> zhengwu.spark.register(spark)                            # doctest: +SKIP
    >>> spark.sql("select zw_add_workdays(applied_on, 20) from cases")  # doctest: +SKIP

``register(spark, config=None)`` registers, for SQL and for ``pyspark.sql.functions.call_function``:

============================================  ===============================================
``zw_is_workday(date)``                       boolean: a working day (工作日; 调休 days are)
``zw_add_workdays(date, n)``                  date: the n-th working day after
``zw_workdays_between(from, to)``             int: working days from < d <= to
``zw_deadline(start, workdays)``              date: due after n working days
``zw_deadline_paused(start, n, pfrom, pto)``  date: the same, the clock stopped from pfrom to pto
``zw_resident_id_valid(id)``                  boolean (GB 11643; spaces and hyphens allowed)
``zw_resident_id_region(id)``                 struct<code, province, prefecture, county>
``zw_resident_id_birth_date(id)``             date
``zw_uscc_valid(code)``                       boolean (GB 32100)
``zw_credit_status(records_json, today)``     struct<blacklisted, commitment_allowed, severe,
                                              inspection, listed_since, removal_eligible_on>
============================================  ===============================================

Nulls in are nulls out. A date the calendar cannot answer (outside its years) is null rather
than a failed job: on Spark one bad row must not stop a million. The engine is built once per
executor process from ``config`` (plain JSON data, so the functions pickle small), and the
functions are the same vectorised calls as :mod:`zhengwu` itself, so a Spark answer equals the
per-row API's.
"""


import json
from typing import Any, Dict, Mapping, Optional

_ENGINES: Dict[str, Any] = {}


def _engine(config_json: str) -> Any:
    """The executor's engine for this configuration, built on first use."""
    e = _ENGINES.get(config_json)
    if e is None:
        from ._engine import Engine

        e = Engine(json.loads(config_json) if config_json else None)
        _ENGINES[config_json] = e
    return e


def _functions(config_json: str) -> Dict[str, Any]:
    import pandas as pd
    from pyspark.sql.functions import pandas_udf

    def eng() -> Any:
        return _engine(config_json)

    def dates(s: Any) -> Any:
        return s.dt.date if hasattr(s, "dt") else s

    @pandas_udf("boolean")  # type: ignore[untyped-decorator]
    def zw_is_workday(d: pd.Series) -> pd.Series:
        return d.zw.is_workday(engine=eng(), errors="coerce")

    @pandas_udf("date")  # type: ignore[untyped-decorator]
    def zw_add_workdays(d: pd.Series, n: pd.Series) -> pd.Series:
        out = d.zw.add_workdays(n, engine=eng(), errors="coerce")
        return dates(out.where(n.notna()))

    @pandas_udf("int")  # type: ignore[untyped-decorator]
    def zw_workdays_between(a: pd.Series, b: pd.Series) -> pd.Series:
        return a.zw.workdays_between(b, engine=eng(), errors="coerce").astype("Int32")

    @pandas_udf("date")  # type: ignore[untyped-decorator]
    def zw_deadline(start: pd.Series, n: pd.Series) -> pd.Series:
        frame = pd.DataFrame({"start": start, "n": n})
        return dates(frame.zw.deadline("start", workdays="n", engine=eng(), errors="coerce")["due"])

    @pandas_udf("date")  # type: ignore[untyped-decorator]
    def zw_deadline_paused(start: pd.Series, n: pd.Series, pf: pd.Series, pt: pd.Series) -> pd.Series:
        frame = pd.DataFrame({"start": start, "n": n, "pf": pf, "pt": pt})
        due = frame.zw.deadline("start", workdays="n", pause_from="pf", pause_to="pt", engine=eng(), errors="coerce")["due"]
        return dates(due)

    @pandas_udf("boolean")  # type: ignore[untyped-decorator]
    def zw_resident_id_valid(ids: pd.Series) -> pd.Series:
        return ids.zw.resident_id(engine=eng())["valid"]

    @pandas_udf("struct<code:string,province:string,prefecture:string,county:string>")  # type: ignore[untyped-decorator]
    def zw_resident_id_region(ids: pd.Series) -> pd.DataFrame:
        df = ids.zw.resident_id(engine=eng())
        return pd.DataFrame({"code": df.region, "province": df.province, "prefecture": df.prefecture, "county": df.county}).astype(object)

    @pandas_udf("date")  # type: ignore[untyped-decorator]
    def zw_resident_id_birth_date(ids: pd.Series) -> pd.Series:
        return dates(ids.zw.resident_id(engine=eng())["birth_date"])

    @pandas_udf("boolean")  # type: ignore[untyped-decorator]
    def zw_uscc_valid(codes: pd.Series) -> pd.Series:
        return codes.zw.uscc(engine=eng())["valid"]

    @pandas_udf(  # type: ignore[untyped-decorator]
        "struct<blacklisted:boolean,commitment_allowed:boolean,severe:boolean,inspection:string,"
        "listed_since:date,removal_eligible_on:date>"
    )
    def zw_credit_status(records: pd.Series, today: pd.Series) -> pd.DataFrame:
        from ._credit import credit_status_json

        return credit_status_json(eng(), records, today)

    return {f.__name__: f for f in (
        zw_is_workday, zw_add_workdays, zw_workdays_between, zw_deadline, zw_deadline_paused, zw_resident_id_valid,
        zw_resident_id_region, zw_resident_id_birth_date, zw_uscc_valid, zw_credit_status,
    )}


def functions(config: Optional[Mapping[str, Any]] = None) -> Dict[str, Any]:
    """The UDFs by name, for ``df.select(f(col))`` without SQL."""
    return _functions(json.dumps(config, ensure_ascii=False) if config is not None else "")


def register(spark: Any, config: Optional[Mapping[str, Any]] = None) -> Dict[str, Any]:
    """Registers every ``zw_*`` function with ``spark`` (a ``SparkSession``) for SQL; returns
    them by name. ``config`` is the engine configuration (as :class:`zhengwu.Engine` takes it)."""
    fs = functions(config)
    for name, f in fs.items():
        spark.udf.register(name, f)
    return fs
