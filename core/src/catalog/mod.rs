//! 事项目录 — the catalog a host loads: departments, data elements, materials, matters and
//! bundles (SPEC §2, §3, §7). Loading checks every reference — a matter naming a material,
//! element, department or matter that does not exist is an error that names it and points at
//! the field (`matters[12].materials[3].material`). Whether the catalog meets the reform rules is
//! a separate question, answered by [`lint`] and [`stats`].

pub mod diff;
pub mod lint;
pub mod messages;
mod model;
pub mod stats;
mod texts;
pub mod types;

pub use model::*;

use crate::error::{Error, ErrorCode, Result};
use foldhash::{HashMap, HashMapExt};
use messages::CatalogText;
use serde_json::Value;
use std::sync::Arc;
use std::sync::LazyLock;

/// The embedded sample catalog: Tianjin's 23 一件事 bundles of 2022 (附件1, 附件2) with every
/// listed matter; the matters' elements, materials and forms are illustrative samples.
pub const TIANJIN_SAMPLE_JSON: &str = include_str!("../../data/tianjin-catalog.json");

static TIANJIN_SAMPLE: LazyLock<Result<Arc<Catalog>>> = LazyLock::new(|| {
    let v: Value = serde_json::from_str(TIANJIN_SAMPLE_JSON)
        .map_err(|e| Error::new(ErrorCode::CatalogInvalid, format!("embedded catalog: {e}")))?;
    Catalog::from_json(&v).map(Arc::new)
});

/// A loaded catalog with its indexes.
#[derive(Debug, Clone)]
pub struct Catalog {
    data: CatalogData,
    departments: HashMap<String, usize>,
    elements: HashMap<String, usize>,
    materials: HashMap<String, usize>,
    matters: HashMap<String, usize>,
    bundles: HashMap<String, usize>,
    /// Ids and names as shared texts, made on first use ([`texts`]).
    texts: std::sync::OnceLock<texts::Texts>,
}

fn index<T>(
    items: &[T],
    id: impl Fn(&T) -> &str,
    list: &str,
    field: &str,
) -> Result<HashMap<String, usize>> {
    let mut m = HashMap::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let key = id(item);
        if key.trim().is_empty() {
            return Err(Error::new(
                ErrorCode::CatalogInvalid,
                CatalogText::EmptyId { list, i, field }.message(),
            )
            .at(format!("{list}[{i}].{field}")));
        }
        if let Some(first) = m.insert(key.to_string(), i) {
            return Err(Error::new(
                ErrorCode::CatalogDuplicateId,
                CatalogText::DuplicateId {
                    field,
                    key,
                    list,
                    first,
                    i,
                }
                .message(),
            )
            .at(format!("{list}[{i}].{field}")));
        }
    }
    Ok(m)
}

impl Catalog {
    /// The embedded sample catalog (built once, shared).
    pub fn tianjin_sample() -> Result<Arc<Catalog>> {
        TIANJIN_SAMPLE
            .as_ref()
            .map(Arc::clone)
            .map_err(Clone::clone)
    }

    /// Loads a catalog from JSON; errors carry the path of the bad field.
    pub fn from_json(v: &Value) -> Result<Catalog> {
        let data: CatalogData = crate::wire::parse_any(v).map_err(|e| {
            let code = match e.code() {
                ErrorCode::InputInvalidJson => ErrorCode::InputInvalidJson,
                _ => ErrorCode::CatalogInvalid,
            };
            let err = Error::new(code, e.message());
            match e.path() {
                Some(p) => err.at(p),
                None => err,
            }
        })?;
        Catalog::from_data(data)
    }

    /// Indexes a catalog and checks its references.
    pub fn from_data(data: CatalogData) -> Result<Catalog> {
        let departments = index(&data.departments, |d| &d.id, "departments", "id")?;
        let elements = index(&data.elements, |d| &d.id, "elements", "id")?;
        let materials = index(&data.materials, |d| &d.id, "materials", "id")?;
        let bundles = index(&data.bundles, |d| &d.id, "bundles", "id")?;
        // The same code may appear once per level (同一事项 at city and district level); the
        // lint checks that. Look-ups by code take the highest level, then the first listed.
        let mut matters: HashMap<String, usize> = HashMap::with_capacity(data.matters.len());
        for (i, m) in data.matters.iter().enumerate() {
            if m.code.trim().is_empty() {
                return Err(Error::new(
                    ErrorCode::CatalogInvalid,
                    CatalogText::EmptyCode.message(),
                )
                .at(format!("matters[{i}].code")));
            }
            match matters.get(&m.code) {
                Some(&j) if data.matters[j].level <= m.level || m.level.is_none() => {}
                _ => {
                    matters.insert(m.code.clone(), i);
                }
            }
        }
        let cat = Catalog {
            data,
            departments,
            elements,
            materials,
            matters,
            bundles,
            texts: std::sync::OnceLock::new(),
        };
        cat.check_references()?;
        Ok(cat)
    }

    fn check_references(&self) -> Result<()> {
        use types::ElementType;
        for (i, e) in self.data.elements.iter().enumerate() {
            if e.kind == ElementType::Enum && e.options.as_ref().is_none_or(Vec::is_empty) {
                return Err(Error::new(
                    ErrorCode::CatalogInvalid,
                    CatalogText::EnumWithoutOptions { id: &e.id }.message(),
                )
                .at(format!("elements[{i}].options")));
            }
            pattern_ok(&e.pattern, &|| format!("elements[{i}].pattern"))?;
        }
        for (i, m) in self.data.matters.iter().enumerate() {
            self.matter_references(i, m)?;
        }
        for (i, b) in self.data.bundles.iter().enumerate() {
            self.bundle_references(i, b)?;
        }
        Ok(())
    }

    // Paths are built only when a reference is missing: checking costs no allocation.
    fn dept_ref(&self, id: &str, at: &dyn Fn() -> String) -> Result<()> {
        if self.departments.contains_key(id) {
            Ok(())
        } else {
            Err(Error::new(
                ErrorCode::CatalogUnknownDepartment,
                CatalogText::UnknownDepartment { id }.message(),
            )
            .at(at()))
        }
    }

    fn matter_ref(&self, code: &str, at: &dyn Fn() -> String) -> Result<()> {
        if self.matters.contains_key(code) {
            Ok(())
        } else {
            Err(Error::new(
                ErrorCode::CatalogUnknownMatter,
                CatalogText::UnknownMatter { code }.message(),
            )
            .at(at()))
        }
    }

    /// A matter's departments, parent, materials, form elements, 前置 matters and products.
    fn matter_references(&self, i: usize, m: &Matter) -> Result<()> {
        let at = |f: &str| format!("matters[{i}].{f}");
        for (f, v) in [
            ("department", &m.department),
            ("authority", &m.authority),
            ("competent_department", &m.competent_department),
        ] {
            if let Some(d) = v {
                self.dept_ref(d, &|| at(f))?;
            }
        }
        if let Some(p) = &m.parent {
            self.matter_ref(p, &|| at("parent"))?;
        }
        for (j, mm) in m.materials.iter().enumerate() {
            if !self.materials.contains_key(&mm.material) {
                return Err(Error::new(
                    ErrorCode::CatalogUnknownMaterial,
                    CatalogText::UnknownMaterial { id: &mm.material }.message(),
                )
                .at(at(&format!("materials[{j}].material"))));
            }
        }
        for (j, f) in m.form.iter().enumerate() {
            pattern_ok(&f.pattern, &|| at(&format!("form[{j}].pattern")))?;
            if !self.elements.contains_key(&f.element) {
                return Err(Error::new(
                    ErrorCode::CatalogUnknownElement,
                    CatalogText::UnknownElement { id: &f.element }.message(),
                )
                .at(at(&format!("form[{j}].element"))));
            }
        }
        for (j, a) in m.after.iter().enumerate() {
            self.matter_ref(a, &|| at(&format!("after[{j}]")))?;
        }
        for (j, p) in m.produces.iter().enumerate() {
            if self.element(p).is_none() && self.material(p).is_none() {
                return Err(Error::new(
                    ErrorCode::CatalogUnknownElement,
                    CatalogText::UnknownProduct { id: p }.message(),
                )
                .at(at(&format!("produces[{j}]"))));
            }
        }
        if let Some(c) = &m.convenience {
            for (j, d) in c.joint_departments.iter().enumerate() {
                self.dept_ref(d, &|| at(&format!("convenience.joint_departments[{j}]")))?;
            }
        }
        Ok(())
    }

    /// A bundle's departments and matters.
    fn bundle_references(&self, i: usize, b: &Bundle) -> Result<()> {
        let at = |f: &str| format!("bundles[{i}].{f}");
        self.dept_ref(&b.lead, &|| at("lead"))?;
        for (j, d) in b.co_leads.iter().enumerate() {
            self.dept_ref(d, &|| at(&format!("co_leads[{j}]")))?;
        }
        for (j, bm) in b.matters.iter().enumerate() {
            self.matter_ref(&bm.matter, &|| at(&format!("matters[{j}].matter")))?;
            self.dept_ref(&bm.department, &|| at(&format!("matters[{j}].department")))?;
            for (k, d) in bm.co_departments.iter().enumerate() {
                self.dept_ref(d, &|| at(&format!("matters[{j}].co_departments[{k}]")))?;
            }
        }
        for (j, group) in b.together.iter().enumerate() {
            for (k, code) in group.iter().enumerate() {
                if !b.matters.iter().any(|bm| &bm.matter == code) {
                    return Err(Error::new(
                        ErrorCode::CatalogUnknownMatter,
                        CatalogText::NotInBundle { code }.message(),
                    )
                    .at(at(&format!("together[{j}][{k}]"))));
                }
            }
        }
        Ok(())
    }

    /// The records as loaded.
    pub fn data(&self) -> &CatalogData {
        &self.data
    }

    /// A department by id.
    pub fn department(&self, id: &str) -> Option<&Department> {
        self.departments.get(id).map(|&i| &self.data.departments[i])
    }

    /// A data element by id.
    pub fn element(&self, id: &str) -> Option<&Element> {
        self.elements.get(id).map(|&i| &self.data.elements[i])
    }

    /// A material by id.
    pub fn material(&self, id: &str) -> Option<&Material> {
        self.materials.get(id).map(|&i| &self.data.materials[i])
    }

    /// A matter by code (the highest-level entry when the code appears at several levels).
    pub fn matter(&self, code: &str) -> Option<&Matter> {
        self.matters.get(code).map(|&i| &self.data.matters[i])
    }

    /// A matter by code, or `catalog.unknown_matter` pointing at `path`.
    pub fn require_matter(&self, code: &str, path: impl FnOnce() -> String) -> Result<&Matter> {
        self.matter(code).ok_or_else(|| {
            Error::new(
                ErrorCode::CatalogUnknownMatter,
                CatalogText::UnknownMatter { code }.message(),
            )
            .at(path())
        })
    }

    /// A bundle by id.
    pub fn bundle(&self, id: &str) -> Option<&Bundle> {
        self.bundles.get(id).map(|&i| &self.data.bundles[i])
    }

    /// A bundle by id, or `catalog.unknown_bundle` at `bundle`.
    pub fn require_bundle(&self, id: &str) -> Result<&Bundle> {
        self.bundle(id).ok_or_else(|| {
            Error::new(
                ErrorCode::CatalogUnknownBundle,
                CatalogText::UnknownBundle { id }.message(),
            )
            .at("bundle")
        })
    }

    /// The name of a department id (the id itself when unknown).
    pub fn department_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.department(id).map_or(id, |d| d.name.as_str())
    }
}

#[cfg(test)]
mod tests;

/// A form pattern compiles within the bounds of [`crate::pattern`].
fn pattern_ok(p: &Option<String>, at: &dyn Fn() -> String) -> Result<()> {
    match p.as_deref().map(|p| (p, crate::pattern::compile(p))) {
        Some((p, Err(e))) => Err(Error::new(
            ErrorCode::CatalogInvalid,
            CatalogText::BadPattern {
                pattern: p.chars().take(64).collect(),
                error: e.to_string(),
            }
            .message(),
        )
        .at(at())),
        _ => Ok(()),
    }
}
