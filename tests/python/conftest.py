import pathlib

import pytest

import zhengwu

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def engine() -> zhengwu.Engine:
    return zhengwu.Engine()
