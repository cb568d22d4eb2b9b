//! `form.split` — "自动分拣、主动推送": the values of a merged form, sorted back to each matter and
//! department — exactly the fields of that matter's own form, under its own labels.

use super::{Dept, Form, Text};
use foldhash::{HashMap, HashMapExt};
use serde::Serialize;
use serde_json::{Map, Value};

/// One field of a packet.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PacketField {
    /// Data element.
    pub element: Text,
    /// The matter's own label.
    pub label: Text,
    /// Whether the matter requires it.
    pub required: bool,
    /// The value (null when none was given).
    pub value: Value,
}

/// What one matter receives.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Packet {
    /// Matter code.
    pub matter: Text,
    /// Matter name.
    pub name: Text,
    /// Its department.
    pub department: Dept,
    /// Values keyed by element id: exactly the elements of this matter's form.
    pub values: Map<String, Value>,
    /// The same, in the matter's own order and labels.
    pub fields: Vec<PacketField>,
}

/// What one department receives: its matters.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DepartmentPacket {
    /// The department.
    pub department: Dept,
    /// Its matters, in form order.
    pub matters: Vec<Text>,
}

/// Splits values back per matter and per department. Linear in the fields of all forms.
pub fn split(form: &Form, values: &Map<String, Value>) -> (Vec<Packet>, Vec<DepartmentPacket>) {
    let mut packets = Vec::with_capacity(form.matters.len());
    let mut depts: Vec<DepartmentPacket> = Vec::new();
    let mut dept_index: HashMap<&str, usize> = HashMap::new();
    for m in &form.matters {
        let mut map = Map::new();
        let mut fields = Vec::with_capacity(m.fields.len());
        for f in &m.fields {
            let v = values.get(&*f.element).cloned().unwrap_or(Value::Null);
            map.insert(f.element.to_string(), v.clone());
            fields.push(PacketField {
                element: f.element.clone(),
                label: f.label.clone(),
                required: f.required,
                value: v,
            });
        }
        packets.push(Packet {
            matter: m.code.clone(),
            name: m.name.clone(),
            department: m.department.clone(),
            values: map,
            fields,
        });
        match dept_index.get(&*m.department.id) {
            Some(&d) => depts[d].matters.push(m.code.clone()),
            None => {
                dept_index.insert(&m.department.id, depts.len());
                depts.push(DepartmentPacket {
                    department: m.department.clone(),
                    matters: vec![m.code.clone()],
                });
            }
        }
    }
    (packets, depts)
}
