//! 目录文本 — a catalog's ids, codes and names as shared texts, made once per catalog (on first
//! use) for what is built from it: a merged form (一表申报, SPEC §7) names the same elements,
//! materials, matters and departments in every merge, and each would otherwise be a new
//! allocation every time.

use super::Catalog;
use std::sync::Arc;

/// An entry's id (or code) and its name (or label).
pub(crate) type Pair = [Arc<str>; 2];

/// The shared texts of every entry, in the catalog's own order.
#[derive(Debug, Clone)]
pub(crate) struct Texts {
    elements: Vec<Pair>,
    materials: Vec<Pair>,
    matters: Vec<Pair>,
    departments: Vec<Pair>,
}

impl Texts {
    pub(super) fn of(cat: &Catalog) -> Texts {
        let d = cat.data();
        let pair = |a: &str, b: &str| [Arc::from(a), Arc::from(b)];
        Texts {
            elements: d.elements.iter().map(|e| pair(&e.id, &e.label)).collect(),
            materials: d.materials.iter().map(|m| pair(&m.id, &m.name)).collect(),
            matters: d.matters.iter().map(|m| pair(&m.code, &m.name)).collect(),
            departments: d.departments.iter().map(|x| pair(&x.id, &x.name)).collect(),
        }
    }
}

impl Catalog {
    fn texts(&self) -> &Texts {
        self.texts.get_or_init(|| Texts::of(self))
    }

    /// A data element by id, with its id and label as shared texts.
    pub(crate) fn element_texts(&self, id: &str) -> Option<(&super::Element, &Pair)> {
        let i = *self.elements.get(id)?;
        Some((&self.data.elements[i], &self.texts().elements[i]))
    }

    /// A material by id, with its id and name as shared texts.
    pub(crate) fn material_texts(&self, id: &str) -> Option<(&super::Material, &Pair)> {
        let i = *self.materials.get(id)?;
        Some((&self.data.materials[i], &self.texts().materials[i]))
    }

    /// A matter's code and name as shared texts (the entry [`Catalog::matter`] gives).
    pub(crate) fn matter_texts(&self, code: &str) -> Option<&Pair> {
        let i = *self.matters.get(code)?;
        Some(&self.texts().matters[i])
    }

    /// A department's id and name as shared texts; a department the catalog does not list is
    /// named by its id, as [`Catalog::department_name`] names it.
    pub(crate) fn department_texts(&self, id: &str) -> Pair {
        match self.departments.get(id) {
            Some(&i) => self.texts().departments[i].clone(),
            None => {
                let t: Arc<str> = Arc::from(id);
                [t.clone(), t]
            }
        }
    }
}
