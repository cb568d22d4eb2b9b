"""事项清单 workbooks for analysts: a catalog read from the spreadsheet departments fill (XLSX,
or a CSV of matters) by its Chinese column headings, and written back in the same layout — the
same import and export as the ``zhengwu`` command."""

from __future__ import annotations

import json
import os
from typing import Any, Dict, Mapping, Optional, Union

from . import _native

PathLike = Union[str, "os.PathLike[str]"]


def catalog_from_xlsx(path: PathLike, *, headings: Optional[Mapping[str, str]] = None) -> Dict[str, Any]:
    """The catalog of a 事项清单 workbook (.xlsx, or a .csv of matters in UTF-8 or GBK), as
    ``Engine({"catalog": ...})`` takes it. The matters are on the sheet 事项, or else on the first
    sheet holding their headings; title rows above the headings are skipped; headings may be
    the other names departments use (``承诺时限``), and ``headings`` adds the host's own
    (``{"承诺天数": "承诺办结时限"}``). Values are read as clerks write them (``20个工作日``,
    ``即办``, ``否`` for no fee, ``2025/3/3``). Faults raise :class:`CatalogError`
    (``catalog.invalid``) listing every faulty cell of the file by sheet, row and column
    heading, in Chinese."""
    pairs = [(str(k), str(v)) for k, v in headings.items()] if headings else None
    result: Dict[str, Any] = json.loads(_native.catalog_from_xlsx(os.fspath(path), pairs))
    return result


def catalog_to_xlsx(catalog: Mapping[str, Any], path: PathLike) -> None:
    """Writes a catalog as a 事项清单 workbook (a 说明 sheet, then 事项, 申请材料, 材料, 部门, 数据元素,
    一件事, 变更) that :func:`catalog_from_xlsx` reads back unchanged."""
    _native.catalog_to_xlsx(json.dumps(catalog, ensure_ascii=False), os.fspath(path))
