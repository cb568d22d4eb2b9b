"""A merged form held natively answers exactly as the JSON door does, without being resent."""

import json
import pickle

import pytest

import zhengwu


def test_held_form_answers_are_the_json_doors(engine):
    form = engine.merge_form(bundle="enterprise-opening")
    for values in ({}, {"uscc": "91350100M000100Y43"}, {"uscc": "bad", "registered_capital": "x"}):
        text = json.dumps(values, ensure_ascii=False)
        door = engine.call_json("form.validate", json.dumps({"form": form.data, "values": values}, ensure_ascii=False))
        assert form.validate_json(text) == door
        door = engine.call_json("form.split", json.dumps({"form": form.data, "values": values}, ensure_ascii=False))
        assert form.split_json(text) == door
    assert [e.code for e in form.validate({"uscc": "bad"})] == [
        e["code"] for e in engine.call("form.validate", {"form": form.data, "values": {"uscc": "bad"}})["errors"]
    ]


def test_held_form_storage_round_trip(engine):
    form = engine.merge_form(bundle="enterprise-opening")
    again = zhengwu.Form.from_json(engine, form.to_json())
    assert again.data == form.data
    assert again.validate_json("{}") == form.validate_json("{}")
    assert pickle.loads(pickle.dumps(form)).validate_json("{}") == form.validate_json("{}")


def test_held_form_errors_have_paths(engine):
    form = engine.merge_form(bundle="enterprise-opening")
    with pytest.raises(zhengwu.InputError) as info:
        form.validate_json("[1]")
    assert (info.value.code, info.value.path) == ("input.wrong_type", "values")
    with pytest.raises(zhengwu.ZhengwuError) as info:
        zhengwu.Form.from_json(engine, '{"order": 1}')
    assert info.value.path == "form.order"


def test_packet_repr_masks_the_id_its_values_carry(engine):
    form = engine.merge_form(bundle="enterprise-opening")
    pid = "11010519491231002X"
    packets = form.split({"legal_rep_id": pid})
    carrying = [p for p in packets if p.values.get("legal_rep_id") == pid]
    assert carrying, "the ID reaches the department whole"
    for p in carrying:
        assert pid not in repr(p)
        assert "110105********002X" in repr(p)
