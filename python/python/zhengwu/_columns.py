"""Identifiers as columns (for analysts): a million 公民身份号码 or 统一社会信用代码 in one call,
read into typed columns — validity, the first fault's reason code, region code and names by level
(GB/T 2260, retired codes included), birth date and sex; or 登记管理部门, 机构类别, region and the
organisation code's check. Input: a list, NumPy array, pandas Series (its index kept), or any
Arrow array (pyarrow, Polars, DuckDB: the PyCapsule interface), nulls allowed. Output: a pandas
DataFrame with proper dtypes (nullable ``boolean``, ``category`` for codes and names,
``datetime64[s]``), a pyarrow Table, or a dict of NumPy arrays."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

from . import _native
from ._batch import _arrow_values, _day, _error, _missing, _numpy
from ._texts import by_engine_kwarg, speaks

_NAT = -(2**63)
_SEX = ["male", "female"]


def _texts(values: Any) -> Tuple[bytes, Optional[bytes], int, bytes, Any]:
    """(data, offsets or None, count, null flags, pandas index or None) of a column of text.
    Arrow strings go as their own buffers; other input is joined by NULs. Whole numbers are read
    as their digits (IDs kept as integers); None/NaN/NA are nulls."""
    np = _numpy()
    index = getattr(values, "index", None) if type(values).__module__.startswith("pandas") else None
    if index is not None and type(getattr(values, "array", None)).__name__.startswith("Arrow"):
        import pyarrow as pa  # pandas' Arrow-backed strings (the default str dtype of pandas 3)

        return _arrow_texts(pa.array(values.array), index)
    arr = _arrow_values(values)
    if arr is not values or type(arr).__module__.startswith("pyarrow"):
        return _arrow_texts(arr, index)
    if hasattr(values, "to_numpy"):
        values = values.to_numpy()
    items = values.tolist() if np is not None and isinstance(values, np.ndarray) else list(values)
    missing = bytearray(len(items))
    texts: List[str] = []
    for k, v in enumerate(items):
        if isinstance(v, str):
            texts.append(v)
        elif _missing(v):
            missing[k] = 1
            texts.append("")
        elif isinstance(v, int) and not isinstance(v, bool):
            texts.append(str(v))
        else:
            raise _error("input.wrong_type", "want_text", f"[{k}]", kind=type(v).__name__)
    joined = "\0".join(texts)
    if "\0" in joined and joined.count("\0") != max(len(texts) - 1, 0):
        raise _error("input.invalid_value", "nul", None)
    return joined.encode("utf-8"), None, len(texts), bytes(missing), index


def _arrow_texts(arr: Any, index: Any) -> Tuple[bytes, Optional[bytes], int, bytes, Any]:
    import pyarrow as pa

    np = _numpy()
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks != 1 else arr.chunk(0)
    if pa.types.is_integer(arr.type):
        arr = arr.cast(pa.string())
    if not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type) or pa.types.is_string_view(arr.type)):
        raise _error("input.wrong_type", "want_arrow_text", None, kind=str(arr.type))
    arr = arr.cast(pa.large_string())
    n = len(arr)
    _, offsets, data = arr.buffers()
    offs = np.frombuffer(offsets, dtype="<i8")[arr.offset : arr.offset + n + 1]
    missing = arr.is_null().to_numpy(zero_copy_only=False).astype("u1")
    return (data.to_pybytes() if data is not None else b""), offs.tobytes(), n, missing.tobytes(), index


def _output(cols: Dict[str, Any], index: Any, output: Optional[str]) -> Any:
    """A DataFrame (default with pandas), a pyarrow Table, or the dict of NumPy arrays."""
    if output is None:
        try:
            import pandas  # noqa: F401

            output = "pandas"
        except ImportError:
            output = "numpy"
    if output == "numpy":
        return {k: (v.to_numpy() if hasattr(v, "to_numpy") else v) for k, v in cols.items()}
    import pandas as pd

    df = pd.DataFrame(cols, index=index if index is not None else None)
    if output == "pandas":
        return df
    if output == "arrow":
        import pyarrow as pa

        return pa.Table.from_pandas(df, preserve_index=False)
    raise _error("input.invalid_value", "output_mode", "output", given=repr(output))


def _categorical(codes: Any, categories: List[Any], np: Any) -> Any:
    try:
        import pandas as pd
    except ImportError:
        cats = np.asarray(categories + [None], dtype=object)
        return cats[np.where(codes < 0, len(categories), codes)]
    cat = pd.Categorical.from_codes(codes, categories=pd.Index(categories, dtype="object").astype("str") if categories else [])
    # A missing row is missing, not a reason: no "id.missing" category in pandas.
    return cat.remove_categories(["id.missing"]) if "id.missing" in categories else cat


def _region_columns(region: bytes, rows: List[Any], np: Any) -> Dict[str, Any]:
    codes = np.frombuffer(region, dtype="<i4")
    out: Dict[str, Any] = {"region": _categorical(codes, [r[0] for r in rows], np)}
    for level, name in enumerate(("province", "prefecture", "county"), start=1):
        names = [r[level] for r in rows]
        distinct = sorted({x for x in names if x is not None})
        at = {x: i for i, x in enumerate(distinct)}
        remap = np.asarray([at[x] if x is not None else -1 for x in names] + [-1], dtype="<i4")
        out[name] = _categorical(remap[codes], distinct, np)
    return out


def _bools(valid: Any, missing: Any) -> Any:
    try:
        import pandas as pd
    except ImportError:
        return valid
    return pd.arrays.BooleanArray(valid, missing)


@speaks(by_engine_kwarg)
def parse_resident_ids(values: Any, *, today: Any = None, engine: Any = None, output: Optional[str] = None) -> Any:
    """Reads 公民身份号码 into columns: ``valid``, ``reason`` (``id.valid`` or the first fault:
    ``id.length``, ``id.format``, ``id.region``, ``id.birth_date``, ``id.check_character`` …),
    ``region``, ``province``, ``prefecture``, ``county``, ``birth_date``, ``sex``. Spaces and
    hyphens typed within are dropped. A null in is a null out in every column. ``today`` makes a
    birth date after it invalid. Regions are named from ``engine``'s table (its configuration's
    ``"regions"`` extend the embedded GB/T 2260 table), else the embedded one. No full number is
    ever in the answer."""
    np = _numpy()
    if np is None:  # pragma: no cover
        raise _error("input.wrong_type", "needs_numpy_columns", None)
    data, offsets, n, missing, index = _texts(values)
    t = None if today is None else _day(today, "today")
    valid, reason, reasons, region, rows, birth, sex = _native.resident_columns(data, offsets, n, missing, t, None if engine is None else engine._native)
    miss = np.frombuffer(missing, dtype="u1").astype(bool)
    rcodes = np.frombuffer(reason, dtype="u1").astype("<i4")
    rcodes[miss] = -1
    b = np.frombuffer(birth, dtype="<i8").view("datetime64[D]").astype("datetime64[s]")
    s = np.frombuffer(sex, dtype="i1").astype("<i4")
    cols: Dict[str, Any] = {
        "valid": _bools(np.frombuffer(valid, dtype="u1").astype(bool), miss),
        "reason": _categorical(rcodes, list(reasons), np),
        **_region_columns(region, rows, np),
        "birth_date": b,
        "sex": _categorical(s, _SEX, np),
    }
    return _output(cols, index, output)


@speaks(by_engine_kwarg)
def parse_usccs(values: Any, *, engine: Any = None, output: Optional[str] = None) -> Any:
    """Reads 统一社会信用代码 into columns: ``valid``, ``reason``, ``code`` (compact, upper-case),
    ``registration_authority`` (登记管理部门代码), ``entity_type`` (机构类别代码), ``region``,
    ``province``, ``prefecture``, ``county`` and ``organization_code_valid`` (the embedded
    组织机构代码's own check). Spaces and hyphens typed within are dropped; nulls stay null."""
    np = _numpy()
    if np is None:  # pragma: no cover
        raise _error("input.wrong_type", "needs_numpy_columns", None)
    data, offsets, n, missing, index = _texts(values)
    valid, reason, reasons, code, auth, kind, region, rows, org = _native.uscc_columns(data, offsets, n, missing, None if engine is None else engine._native)
    miss = np.frombuffer(missing, dtype="u1").astype(bool)
    rcodes = np.frombuffer(reason, dtype="u1").astype("<i4")
    rcodes[miss] = -1

    def chars(b: bytes) -> Any:
        a = np.frombuffer(b, dtype="u1")
        distinct = sorted({int(x) for x in np.unique(a) if x})
        at = np.full(256, -1, dtype="<i4")
        for i, x in enumerate(distinct):
            at[x] = i
        return _categorical(at[a], [chr(x) for x in distinct], np)

    o = np.frombuffer(org, dtype="i1")
    try:
        import pandas as pd

        codes: Any = pd.array(code, dtype="string")
    except ImportError:
        codes = np.asarray(code, dtype=object)
    cols: Dict[str, Any] = {
        "valid": _bools(np.frombuffer(valid, dtype="u1").astype(bool), miss),
        "reason": _categorical(rcodes, list(reasons), np),
        "code": codes,
        "registration_authority": chars(auth),
        "entity_type": chars(kind),
        **_region_columns(region, rows, np),
        "organization_code_valid": _bools(o == 1, o < 0),
    }
    return _output(cols, index, output)

