"""What the Python side says about how it was called, in the engine's language: each text
declared once with its Chinese and English templates side by side (as the core's catalogs are),
its arguments named once.

An error is made in Chinese (the default) and remembers its text's key and arguments; a method or
function that knows its engine re-says it in that engine's language as it leaves (``speaks``), so
the happy path costs nothing."""

from __future__ import annotations

import functools
from typing import Any, Callable, Dict, Optional, Tuple, TypeVar

TEXTS: Dict[str, Tuple[str, str]] = {
    "errors_mode": ("errors 只能是 'raise' 或 'coerce'，不能是 {given}", "errors must be 'raise' or 'coerce', not {given}"),
    "starts_ends": ("{n}个起始日，却有{m}个截止日", "{n} starts but {m} ends"),
    "one_period": ("workdays= 和 natural_days= 须恰好给出一个", "give exactly one of workdays= or natural_days="),
    "nat": ("NaT 不是日期", "NaT is not a date"),
    "not_date": ("{value} 不是日期（YYYY-MM-DD）", "{value} is not a date (YYYY-MM-DD)"),
    "want_date": ("应为日期，而不是 {kind}", "expected a date, got {kind}"),
    "count_bool": ("应为整数天数，而不是 bool", "expected an integer count of days, got bool"),
    "want_count": ("应为整数天数，而不是 {kind}", "expected an integer count of days, got {kind}"),
    "count_64": ("天数超出64位整数的范围", "the count of days does not fit in 64 bits"),
    "needs_pyarrow": ("Arrow 输入需要 pyarrow（pip install pyarrow，或安装 zhengwu[arrow]）", "Arrow input needs pyarrow (pip install pyarrow, or zhengwu[arrow])"),
    "one_column": ("应为一列，而给出{n}列", "expected one column, got {n}"),
    "yyyymmdd": ("{value} 是写成 yyyymmdd 的日期，不是日序号（1970-01-01 起的天数）；先转换，例如 pd.to_datetime(列.astype(str), format=\"%Y%m%d\")", "{value} is a date written yyyymmdd, not a day number (days since 1970-01-01); convert it first, e.g. pd.to_datetime(column.astype(str), format=\"%Y%m%d\")"),
    "date_column": ("{what} 须为日期（datetime64[D]）或日序号", "{what} must hold dates (datetime64[D]) or day numbers"),
    "days_64": ("days 须为64位以内的整数（{kind}）", "days must be integers that fit in 64 bits ({kind})"),
    "pause_shape": ("暂停须写作 (起, 止)、(起, 止, 环节) 或 {{from, to, step}}", "a pause is (from, to), (from, to, step) or {{from, to, step}}"),
    "needs_numpy_cases": ("办件表需要 NumPy（pip install zhengwu[numpy]）", "case tables need NumPy (pip install zhengwu[numpy])"),
    "counts_whole": ("次数须为0或正整数", "counts are whole numbers from 0"),
    "rows_differ": ("{what} 有{rows}行，而 matter 有{n}行", "{what} has {rows} rows; matter has {n}"),
    "case_columns": ("办件表须有 matter 和 received 两列", "a case table has the columns matter and received"),
    "not_grade": ("{value} 不是好差评等级（{grades}）", "{value} is not a 好差评 grade ({grades})"),
    "want_text": ("应为文本，而不是 {kind}", "expected text, got {kind}"),
    "nul": ("值中含有 NUL 字符", "a value contains a NUL character"),
    "want_arrow_text": ("应为文本，而不是 Arrow {kind}", "expected text, got Arrow {kind}"),
    "output_mode": ("output 只能是 'pandas'、'arrow' 或 'numpy'，不能是 {given}", "output must be 'pandas', 'arrow' or 'numpy', not {given}"),
    "needs_numpy_columns": ("按列处理需要 NumPy（pip install zhengwu[numpy]）", "columns need NumPy (pip install zhengwu[numpy])"),
    "subjects_days": ("{n}个主体，却有{m}个日期", "{n} subjects but {m} days"),
    "credit_columns": ("表须有 {subject}、'type' 和 'on' 列", "the table needs columns {subject}, 'type' and 'on'"),
    "file_not_json": ("{file} 不是 JSON：{error}", "{file} is not JSON: {error}"),
    "config_not_json": ("配置无法写成 JSON：{kind}", "the configuration cannot be written as JSON: {kind}"),
    "config_surrogate": ("配置中含有单独的代理字符，UTF-8 的 JSON 文本无法承载", "the configuration holds a lone surrogate, which no JSON text in UTF-8 can carry"),
    "input_not_json": ("输入无法写成 JSON：{kind}", "the input cannot be written as JSON: {kind}"),
    "op_str": ("op 和 input 须为 str", "op and input must be str"),
    "text_surrogate": ("文本中含有单独的代理字符，UTF-8 的 JSON 文本无法承载", "the text holds a lone surrogate, which no JSON text in UTF-8 can carry"),
    "want_str": ("应为 str，而不是 {kind}", "expected str, got {kind}"),
    "too_many_config_values": ("配置的值超过{most}个（数组元素和对象成员；limits.max_config_values）", "the configuration has more than {most} values (array items and object members; limits.max_config_values)"),
    "utf8_surrogate": ("文本中含有单独的代理字符，UTF-8 文本无法承载", "the text holds a lone surrogate, which no UTF-8 text can carry"),
}


def say(key: str, lang: str = "zh", **args: Any) -> str:
    """The text ``key`` in ``lang`` with its arguments."""
    zh, en = TEXTS[key]
    return (en if lang == "en" else zh).format(**args)


F = TypeVar("F", bound=Callable[..., Any])


def resay(err: BaseException, lang: str) -> None:
    """Says an error made on the Python side again in ``lang`` (one the core made is already in
    the engine's language)."""
    key = getattr(err, "_text", None)
    if key is None or lang != "en" or getattr(err, "_lang", "zh") == lang:
        return
    from ._native import mask_text

    message = mask_text(say(key, lang, **err._args))  # type: ignore[attr-defined]
    path = getattr(err, "path", None)
    code = getattr(err, "code", "")
    err.message = message  # type: ignore[attr-defined]
    err._lang = lang  # type: ignore[attr-defined]
    err.args = (f"{code}: {message}" + (f" (at {path})" if path else ""),)


def speaks(lang_of: Callable[..., Optional[str]]) -> Callable[[F], F]:
    """Re-says the Python side's errors of ``f`` in the language ``lang_of(*args, **kwargs)``
    names (the engine's)."""

    def deco(f: F) -> F:
        @functools.wraps(f)
        def w(*a: Any, **k: Any) -> Any:
            try:
                return f(*a, **k)
            except Exception as e:
                if getattr(e, "_text", None) is not None:
                    resay(e, lang_of(*a, **k) or "zh")
                raise

        return w  # type: ignore[return-value]

    return deco


def engine_lang(engine: Any) -> str:
    """The language of an engine (or of the default one, when ``None``)."""
    return getattr(engine, "_lang", "zh") if engine is not None else "zh"


def by_engine_kwarg(*_a: Any, engine: Any = None, **_k: Any) -> str:
    """For a function with an ``engine=`` keyword."""
    return engine_lang(engine)


def by_self(self: Any, *_a: Any, **_k: Any) -> str:
    """For a method of an engine, or of an object holding one in ``_engine``."""
    return getattr(self, "_lang", None) or engine_lang(getattr(self, "_engine", None))


def by_first(engine: Any, *_a: Any, **_k: Any) -> str:
    """For a function whose first argument is the engine."""
    return engine_lang(engine)


def speaking_class(cls: type) -> type:
    """Every public method of ``cls`` re-says the Python side's errors in its engine's language
    (``call`` and ``call_json``, the hot paths, say theirs themselves)."""
    for name, f in list(vars(cls).items()):
        if name in ("call", "call_json"):
            continue
        if callable(f) and not name.startswith("_") and not isinstance(f, (staticmethod, classmethod, type)):
            setattr(cls, name, speaks(by_self)(f))
    return cls
