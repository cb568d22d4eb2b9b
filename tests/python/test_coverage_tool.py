"""tools/docs/coverage.py fails when an article is cited that the sources do not have, and when an
article is neither cited nor classified."""
import importlib.util
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("coverage_tool", ROOT / "tools/docs/coverage.py")
cov = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cov)


def test_the_sources_are_all_accounted_for():
    text, problems = cov.build()
    assert problems == []
    assert "| **total** |" in text


def test_a_citation_of_an_article_the_sources_lack_is_a_problem(monkeypatch):
    real = cov.vector_citations
    monkeypatch.setattr(cov, "vector_citations", lambda: {**real(), ("tj-2018-disclosure", "第九十九条"): {("x.json#0", "op")}})
    _, problems = cov.build()
    assert any("第九十九条" in p and "no such article" in p for p in problems)


def test_an_unclassified_article_is_a_problem(monkeypatch):
    real = cov.notes
    monkeypatch.setattr(cov, "notes", lambda: {k: v for k, v in real().items() if k != ("tj-2018-disclosure", "第二条")})
    _, problems = cov.build()
    assert any("tj-2018-disclosure 第二条: not cited and not classified" in p for p in problems)
