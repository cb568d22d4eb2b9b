"""A department's export through the Python door: GBK CSV, a title row, synonyms, values as
clerks write them, the host's own headings, and every fault of a file at once."""

import pytest
import zhengwu

CLERK = (
    "宝坻区政务服务事项实施清单,,,,,\n"
    "事项代码,事项名称,实施部门,承诺时限（工作日）,是否收费,发布日期\n"
    "BD-1,个体工商户登记,区市场监管局,5个工作日,否,2025/3/3\n"
    "BD-2,道路挖掘许可,区城管委,即办,不收费,2025年3月4日\n"
)


def test_a_gbk_export_with_a_title_row_reads(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(CLERK.encode("gbk"))
    cat = zhengwu.catalog_from_xlsx(path)
    m = cat["matters"]
    assert [x["code"] for x in m] == ["BD-1", "BD-2"]
    assert m[0]["time_limit"]["promised_workdays"] == 5 and m[1]["time_limit"]["promised_workdays"] == 0
    assert m[0]["published_on"] == "2025-03-03" and "fee" not in m[0]
    assert zhengwu.Engine({"catalog": cat}).call("catalog.stats", {})["matters"] == 2


def test_every_fault_at_once(tmp_path):
    path = tmp_path / "faults.csv"
    path.write_bytes(CLERK.replace("5个工作日", "5天").replace("2025年3月4日", "2025/2/30").replace("不收费", "按标准").encode("gbk"))
    with pytest.raises(zhengwu.CatalogError) as e:
        zhengwu.catalog_from_xlsx(path)
    text = str(e.value)
    assert e.value.code == "catalog.invalid"
    assert "共3处问题" in text
    for cell in ("第3行「承诺办结时限」", "第4行「收费」", "第4行「公布日期」"):
        assert cell in text, text


def test_the_hosts_own_headings(tmp_path):
    path = tmp_path / "own.csv"
    path.write_text("编号,事项名称,实施主体,承诺天数\nBD-9,某事项,区某局,3\n", encoding="utf-8")
    with pytest.raises(zhengwu.CatalogError):
        zhengwu.catalog_from_xlsx(path)
    cat = zhengwu.catalog_from_xlsx(path, headings={"编号": "事项编码", "承诺天数": "承诺办结时限"})
    assert cat["matters"][0]["code"] == "BD-9"
    assert cat["matters"][0]["time_limit"]["promised_workdays"] == 3
