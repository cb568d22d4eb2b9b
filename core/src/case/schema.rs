//! The JSON Schema of a supervised case (`case.supervise`), whose answer is written by hand
//! (`assess.rs`, `finding.rs`): the schema says the same keys in the same order.

use super::assess::{AlertLevel, Assessment, CaseStatus, DeadlineKind};
use super::event::Grade;
use super::finding::{Category, Finding, FindingKind};
use crate::reason::Citation;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use std::borrow::Cow;

/// A limit of a case (`deadlines[]`).
pub struct CaseDeadline;

/// An alert of a case (`alerts[]`).
pub struct CaseAlert;

impl JsonSchema for CaseDeadline {
    fn schema_name() -> Cow<'static, str> {
        "CaseDeadline".into()
    }

    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let (kind, date, citation) = (
            g.subschema_for::<DeadlineKind>(),
            g.subschema_for::<crate::date::ymd>(),
            g.subschema_for::<Citation>(),
        );
        json_schema!({
            "description": "A limit of the case: which, its last day, its length and pauses in working days, the day it was met (null while open), whether late.",
            "type": "object",
            "properties": {
                "kind": kind,
                "label": {"type": "string"},
                "due": date,
                "limit_workdays": {"type": "integer", "minimum": 0},
                "paused_workdays": {"type": "integer", "minimum": 0},
                "met_on": {"anyOf": [date, {"type": "null"}]},
                "late": {"type": "boolean"},
                "citation": citation
            },
            "required": ["kind", "label", "due", "limit_workdays", "paused_workdays", "met_on", "late", "citation"]
        })
    }
}

impl JsonSchema for CaseAlert {
    fn schema_name() -> Cow<'static, str> {
        "CaseAlert".into()
    }

    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let (level, kind, date, citation) = (
            g.subschema_for::<AlertLevel>(),
            g.subschema_for::<DeadlineKind>(),
            g.subschema_for::<crate::date::ymd>(),
            g.subschema_for::<Citation>(),
        );
        json_schema!({
            "description": "预警: a limit still open that is near, due today or passed.",
            "type": "object",
            "properties": {
                "level": level,
                "deadline": kind,
                "due": date,
                "workdays_left": {"type": "integer"},
                "message": {"type": "string"},
                "citation": citation
            },
            "required": ["level", "deadline", "due", "workdays_left", "message", "citation"]
        })
    }
}

impl JsonSchema for Finding {
    fn schema_name() -> Cow<'static, str> {
        "CaseFinding".into()
    }

    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let (category, date, citation) = (
            g.subschema_for::<Category>(),
            g.subschema_for::<crate::date::ymd>(),
            g.subschema_for::<Citation>(),
        );
        let labels: Vec<&str> = FindingKind::ALL.iter().map(|k| k.label()).collect();
        let codes: Vec<&str> = FindingKind::ALL.iter().map(|k| k.code()).collect();
        let day = json_schema!({"anyOf": [date, {"type": "null"}]});
        json_schema!({
            "description": "电子监察 finding: its code, its Chinese name, its category, the day, the detail of its kind (due and late_workdays; material; step; charged and published; count and allowed), its message and citation.",
            "type": "object",
            "properties": {
                "code": {"type": "string", "enum": codes},
                "kind": {"type": "string", "enum": labels},
                "category": category,
                "on": day,
                "due": date,
                "late_workdays": {"type": "integer"},
                "material": {"type": "string"},
                "step": {"type": "string"},
                "charged": {"type": "string"},
                "published": {"type": ["string", "null"]},
                "count": {"type": "integer", "minimum": 0},
                "allowed": {"type": "integer", "minimum": 0},
                "message": {"type": "string"},
                "citation": citation
            },
            "required": ["code", "kind", "category", "on", "message", "citation"]
        })
    }
}

impl JsonSchema for Assessment<'_> {
    fn schema_name() -> Cow<'static, str> {
        "CaseSupervision".into()
    }

    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let (status, date, grade) = (
            g.subschema_for::<CaseStatus>(),
            g.subschema_for::<crate::date::ymd>(),
            g.subschema_for::<Grade>(),
        );
        let (deadlines, alerts, findings) = (
            g.subschema_for::<Vec<CaseDeadline>>(),
            g.subschema_for::<Vec<CaseAlert>>(),
            g.subschema_for::<Vec<Finding>>(),
        );
        json_schema!({
            "description": "电子监察 of one case: its status, its limits, the working days it took, visits, evaluation, alerts and findings.",
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "matter": {"type": "string"},
                "department": {"type": ["string", "null"]},
                "status": status,
                "received": date,
                "accepted_on": {"anyOf": [date, {"type": "null"}]},
                "deemed_accepted": {"type": "boolean"},
                "deadlines": deadlines,
                "handling_workdays": {"type": ["integer", "null"]},
                "on_time": {"type": ["boolean", "null"]},
                "visits": {"type": "integer", "minimum": 0},
                "allowed_visits": {"type": ["integer", "null"], "minimum": 0},
                "evaluation": {"anyOf": [grade, {"type": "null"}]},
                "alerts": alerts,
                "findings": findings
            },
            "required": ["matter", "department", "status", "received", "accepted_on", "deemed_accepted", "deadlines", "handling_workdays", "on_time", "visits", "allowed_visits", "evaluation", "alerts", "findings"]
        })
    }
}
