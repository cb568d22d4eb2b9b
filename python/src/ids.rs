//! Identifiers as columns (for analysts): texts joined by NULs in, packed little-endian columns
//! out, the GIL released while the core reads them. Regions and reason codes come back as small
//! integer codes into lists of their distinct values, ready for pandas categoricals.

use crate::texts::Said;
use crate::Engine;
use crate::{bytes_vec, to_py_err};
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use zhengwu::id::{self, RegionTable, Sex};

/// `count` texts: joined by NULs, or (with `offsets`, `count + 1` little-endian i64 as Arrow's
/// large_string has them) back to back; `missing` has one byte per item (1 = null).
pub(crate) fn split<'a>(
    joined: &'a [u8],
    offsets: Option<&[u8]>,
    count: usize,
    missing: &[u8],
) -> Result<Vec<Option<&'a str>>, zhengwu::Error> {
    let bad = |m: String| zhengwu::Error::new(zhengwu::ErrorCode::InputInvalidValue, m);
    if missing.len() != count {
        return Err(bad(Said::NullFlags {
            count,
            flags: missing.len(),
        }
        .to_string()));
    }
    let text = |k: usize, part: &'a [u8]| {
        (missing[k] == 0).then(|| std::str::from_utf8(part).unwrap_or(""))
    };
    let mut out = Vec::with_capacity(count);
    if let Some(offsets) = offsets {
        if offsets.len() != (count + 1) * 8 {
            return Err(bad(Said::OffsetBytes {
                count,
                bytes: (count + 1) * 8,
            }
            .to_string()));
        }
        let at = |k: usize| {
            let b: [u8; 8] = offsets[k * 8..k * 8 + 8].try_into().unwrap_or([0; 8]);
            usize::try_from(i64::from_le_bytes(b)).unwrap_or(usize::MAX)
        };
        for k in 0..count {
            let (a, b) = (at(k), at(k + 1));
            let part = joined
                .get(a..b)
                .ok_or_else(|| bad(Said::OffsetsOut { from: a, to: b, k }.to_string()))?;
            out.push(text(k, part));
        }
        return Ok(out);
    }
    if count > joined.len().saturating_add(1) {
        return Err(bad(Said::CannotJoin {
            count,
            bytes: joined.len(),
        }
        .to_string()));
    }
    if count > 0 {
        for (k, part) in joined.split(|&b| b == 0).enumerate() {
            if k >= count {
                return Err(bad(Said::NulInside { count }.to_string()));
            }
            out.push(text(k, part));
        }
    }
    if out.len() != count {
        return Err(bad(Said::CountFound {
            count,
            found: out.len(),
        }
        .to_string()));
    }
    Ok(out)
}

/// Distinct values, each given a small code in order of first appearance. Few distinct values
/// and runs of equal ones are the rule (reason codes, regions), so the last value is tried first
/// and a multiplicative hash keeps the look-up to a few nanoseconds a row.
struct Codes<K> {
    index: HashMap<K, i32, BuildHasherDefault<Fx>>,
    order: Vec<K>,
    last: Option<(K, i32)>,
}

impl<K: std::hash::Hash + Eq + Copy> Codes<K> {
    fn new() -> Self {
        Codes {
            index: HashMap::default(),
            order: Vec::new(),
            last: None,
        }
    }
    fn code(&mut self, k: Option<K>) -> i32 {
        let Some(k) = k else { return -1 };
        if let Some((lk, lc)) = self.last {
            if lk == k {
                return lc;
            }
        }
        let next = self.order.len() as i32;
        let c = *self.index.entry(k).or_insert_with(|| {
            self.order.push(k);
            next
        });
        self.last = Some((k, c));
        c
    }
}

/// A multiplicative hasher (as rustc's FxHasher) for small keys from the library itself.
#[derive(Default)]
struct Fx(u64);

impl std::hash::Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_u32(&mut self, v: u32) {
        self.write_u64(u64::from(v));
    }
    fn write_usize(&mut self, v: usize) {
        self.write_u64(v as u64);
    }
}

/// Reason codes and regions as small codes into their distinct values: (reason u8 per row,
/// the reasons, region i32 per row (−1 none), the regions).
fn coded(
    reason: &[&'static str],
    region: &[Option<u32>],
) -> (Vec<u8>, Vec<&'static str>, Vec<i32>, Vec<u32>) {
    let mut reasons = Codes::new();
    let r = reason
        .iter()
        .map(|x| reasons.code(Some(*x)) as u8)
        .collect();
    let mut regions = Codes::new();
    let g = region.iter().map(|x| regions.code(*x)).collect();
    (r, reasons.order, g, regions.order)
}

/// A region as (code, province, prefecture, county).
type RegionRow = (String, Option<String>, Option<String>, Option<String>);

fn region_rows(table: &RegionTable, codes: &[u32]) -> Vec<RegionRow> {
    codes
        .iter()
        .map(|&c| match table.region(c) {
            Some(r) => {
                let (p, f, k) = r.levels();
                (
                    format!("{c:06}"),
                    Some(p.to_string()),
                    f.map(str::to_string),
                    k.map(str::to_string),
                )
            }
            None => (format!("{c:06}"), None, None, None),
        })
        .collect()
}

/// The engine's region table, or the embedded one.
fn table_of(engine: Option<PyRef<'_, Engine>>) -> std::sync::Arc<RegionTable> {
    match engine {
        Some(e) => e.inner.regions_shared(),
        None => RegionTable::embedded(),
    }
}

fn le32(v: &[i32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(v.len() * 4);
    for x in v {
        out.extend_from_slice(&x.to_le_bytes());
    }
    out
}

type ResidentOut<'py> = (
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
    Vec<&'static str>,
    Bound<'py, PyBytes>,
    Vec<RegionRow>,
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
);

/// Reads resident ID numbers into columns: valid u8, reason u8 (into the returned reason list),
/// region i32 (into the returned region rows; −1 none), birth i64 days since 1970-01-01
/// (i64::MIN none), sex i8 (0 male, 1 female, −1 none).
#[pyfunction]
#[pyo3(signature = (joined, offsets, count, missing, today=None, engine=None))]
pub(crate) fn resident_columns<'py>(
    py: Python<'py>,
    joined: &[u8],
    offsets: Option<&[u8]>,
    count: usize,
    missing: &[u8],
    today: Option<i64>,
    engine: Option<PyRef<'_, Engine>>,
) -> PyResult<ResidentOut<'py>> {
    let lang = engine
        .as_ref()
        .map_or(zhengwu::lang::Lang::Zh, |e| e.inner.lang());
    let table = table_of(engine);
    let work = || -> Result<_, zhengwu::Error> {
        let today = today.and_then(zhengwu::date::from_epoch_days);
        let c = id::resident_id_columns(split(joined, offsets, count, missing)?, today);
        let (reason, reasons, region, regions) = coded(&c.reason, &c.region);
        let birth: Vec<u8> = c
            .birth_date
            .iter()
            .flat_map(|d| {
                d.map_or(i64::MIN, zhengwu::date::to_epoch_days)
                    .to_le_bytes()
            })
            .collect();
        let sex: Vec<u8> = c
            .sex
            .iter()
            .map(|s| match s {
                Some(Sex::Male) => 0u8,
                Some(Sex::Female) => 1,
                None => 0xff,
            })
            .collect();
        let valid: Vec<u8> = c.valid.iter().map(|v| u8::from(*v)).collect();
        Ok((
            valid,
            reason,
            reasons,
            le32(&region),
            region_rows(&table, &regions),
            birth,
            sex,
        ))
    };
    let (valid, reason, reasons, region, rows, birth, sex) = py
        .detach(|| zhengwu::lang::scoped(lang, || zhengwu::Error::guard(work)))
        .map_err(|e| to_py_err(py, &e))?;
    Ok((
        bytes_vec(py, valid),
        bytes_vec(py, reason),
        reasons,
        bytes_vec(py, region),
        rows,
        bytes_vec(py, birth),
        bytes_vec(py, sex),
    ))
}

type UsccOut<'py> = (
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
    Vec<&'static str>,
    Vec<Option<String>>,
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
    Vec<RegionRow>,
    Bound<'py, PyBytes>,
);

/// Reads USCCs into columns: valid u8, reason u8 (into the reason list), the compact codes,
/// 登记管理部门 and 机构类别 as ASCII bytes (0 none), region i32 (into the region rows), and the
/// organisation code's check i8 (1, 0, −1 none).
#[pyfunction]
#[pyo3(signature = (joined, offsets, count, missing, engine=None))]
pub(crate) fn uscc_columns<'py>(
    py: Python<'py>,
    joined: &[u8],
    offsets: Option<&[u8]>,
    count: usize,
    missing: &[u8],
    engine: Option<PyRef<'_, Engine>>,
) -> PyResult<UsccOut<'py>> {
    let lang = engine
        .as_ref()
        .map_or(zhengwu::lang::Lang::Zh, |e| e.inner.lang());
    let table = table_of(engine);
    let work = || -> Result<_, zhengwu::Error> {
        let c = id::uscc_columns(split(joined, offsets, count, missing)?);
        let (reason, reasons, region, regions) = coded(&c.reason, &c.region);
        let ch = |v: &[Option<char>]| -> Vec<u8> {
            v.iter().map(|c| c.map_or(0, |c| c as u8)).collect()
        };
        let org: Vec<u8> = c
            .organization_code_valid
            .iter()
            .map(|v| v.map_or(0xff, u8::from))
            .collect();
        let valid: Vec<u8> = c.valid.iter().map(|v| u8::from(*v)).collect();
        Ok((
            valid,
            reason,
            reasons,
            c.code,
            ch(&c.registration_authority),
            ch(&c.entity_type),
            le32(&region),
            region_rows(&table, &regions),
            org,
        ))
    };
    let (valid, reason, reasons, code, auth, kind, region, rows, org) = py
        .detach(|| zhengwu::lang::scoped(lang, || zhengwu::Error::guard(work)))
        .map_err(|e| to_py_err(py, &e))?;
    Ok((
        bytes_vec(py, valid),
        bytes_vec(py, reason),
        reasons,
        code,
        bytes_vec(py, auth),
        bytes_vec(py, kind),
        bytes_vec(py, region),
        rows,
        bytes_vec(py, org),
    ))
}
