//! `form.split` — "自动分拣、主动推送": the values of a merged form, sorted back to each matter and
//! department — exactly the fields of that matter's own form, under its own labels.

use super::{Dept, Form, Text};
use foldhash::{HashMap, HashMapExt};
use serde::Serialize;
use serde_json::{Map, Value};

/// One field of a packet.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DepartmentPacket {
    /// The department.
    pub department: Dept,
    /// Its matters, in form order.
    pub matters: Vec<Text>,
}

/// A lower bound of the size in bytes of `split`'s answer: every matter's packet carries the value
/// of each of its fields twice (in `values` and in `fields`). Linear in the values and the forms;
/// lets the engine refuse an answer past its output limit before building it.
pub fn size(form: &Form, values: &Map<String, Value>) -> usize {
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0 += b.len();
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let sizes: HashMap<&str, usize> = values
        .iter()
        .map(|(k, v)| {
            let mut c = Count(0);
            let _ = serde_json::to_writer(&mut c, v);
            (k.as_str(), c.0)
        })
        .collect();
    form.matters
        .iter()
        .flat_map(|m| m.fields.iter())
        .map(|f| 2 * sizes.get(&*f.element).copied().unwrap_or(4))
        .fold(0usize, usize::saturating_add)
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
