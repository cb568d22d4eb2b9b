"""事项清单 workbooks for analysts: a catalog read from the spreadsheet departments fill (XLSX,
or a CSV of matters) by its Chinese column headings, and written back in the same layout — the
same import and export as the ``zhengwu`` command."""

from __future__ import annotations

import json
import os
from typing import Any, Dict, Mapping, Union

from . import _native

PathLike = Union[str, "os.PathLike[str]"]


def catalog_from_xlsx(path: PathLike) -> Dict[str, Any]:
    """The catalog of a 事项清单 workbook, as ``Engine({"catalog": ...})`` takes it. A cell that
    does not read raises :class:`CatalogError` (``catalog.invalid``) naming the sheet, the row
    and the column heading, in Chinese."""
    result: Dict[str, Any] = json.loads(_native.catalog_from_xlsx(os.fspath(path)))
    return result


def catalog_to_xlsx(catalog: Mapping[str, Any], path: PathLike) -> None:
    """Writes a catalog as a 事项清单 workbook (a 说明 sheet, then 事项, 申请材料, 材料, 部门, 数据元素,
    一件事, 变更) that :func:`catalog_from_xlsx` reads back unchanged."""
    _native.catalog_to_xlsx(json.dumps(catalog, ensure_ascii=False), os.fspath(path))
