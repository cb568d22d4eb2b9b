//! Typed calendar entry points: no JSON, no allocation on success. Dates are YYYYMMDD integers
//! (20240930); an integer that is not a real date is ZW_STATUS_INPUT (input.invalid_date).

use crate::*;
use zhengwu::calendar::entry;
use zhengwu::{Error, ErrorCode};

pub(crate) fn ymd_to_date(ymd: i32) -> Result<chrono::NaiveDate, Error> {
    let (y, m, d) = (ymd / 10_000, (ymd / 100) % 100, ymd % 100);
    if ymd <= 0 {
        return Err(Error::new(
            ErrorCode::InputInvalidDate,
            crate::error::Said::NotYmd { ymd }.to_string(),
        ));
    }
    chrono::NaiveDate::from_ymd_opt(y, m as u32, d as u32).ok_or_else(|| {
        Error::new(
            ErrorCode::InputInvalidDate,
            crate::error::Said::NotYmd { ymd }.to_string(),
        )
    })
}

/// A YYYYMMDD day as days since 1970-01-01; an impossible date is `input.invalid_date` at `path`
/// (the JSON door's path for the same argument).
pub(crate) fn day_at(ymd: i32, path: &str) -> Result<i64, Error> {
    ymd_to_date(ymd)
        .map(zhengwu::date::to_epoch_days)
        .map_err(|e| e.at(path))
}

pub(crate) fn date_to_ymd(d: chrono::NaiveDate) -> i32 {
    use chrono::Datelike;
    d.year() * 10_000 + d.month() as i32 * 100 + d.day() as i32
}

/// Whether a day is a working day.
///
/// @param engine       The engine (its calendar).
/// @param ymd          The day as YYYYMMDD.
/// @param out_workday  Receives 1 for a working day (including 调休 weekend days), 0 otherwise.
/// @return ZW_STATUS_OK; ZW_STATUS_INPUT for an impossible date; ZW_STATUS_CALENDAR for a date
///         outside the calendar's data; ZW_STATUS_NULL_ARGUMENT.
///
/// # Safety
/// `engine` is NULL or live; `out_workday` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn zw_calendar_is_workday(
    engine: *const zw_engine,
    ymd: i32,
    out_workday: *mut i32,
) -> zw_status {
    if engine.is_null() || out_workday.is_null() {
        return null_arg(if engine.is_null() {
            "engine"
        } else {
            "out_workday"
        });
    }
    guarded(|| {
        // SAFETY: checked non-NULL; the caller guarantees they are live and writable.
        let (engine, out) = unsafe { (&(*engine).engine, &mut *out_workday) };
        engine.scoped(|| {
            match day_at(ymd, "date").and_then(|d| entry::is_workday(engine.calendar(), d)) {
                Ok(w) => {
                    *out = i32::from(w);
                    zw_status::ZW_STATUS_OK
                }
                Err(e) => record(&e),
            }
        })
    })
}

/// The `days`-th working day after `ymd` (negative: before), the start day not counted.
///
/// @param engine   The engine.
/// @param ymd      Start day, YYYYMMDD.
/// @param days     Working days to add (may be negative; 0 gives the start day).
/// @param out_ymd  Receives the resulting day as YYYYMMDD.
/// @return ZW_STATUS_OK, ZW_STATUS_INPUT, ZW_STATUS_CALENDAR (outside the data) or
///         ZW_STATUS_NULL_ARGUMENT. O(1).
///
/// # Safety
/// `engine` is NULL or live; `out_ymd` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn zw_calendar_add_workdays(
    engine: *const zw_engine,
    ymd: i32,
    days: i32,
    out_ymd: *mut i32,
) -> zw_status {
    if engine.is_null() || out_ymd.is_null() {
        return null_arg(if engine.is_null() {
            "engine"
        } else {
            "out_ymd"
        });
    }
    guarded(|| {
        // SAFETY: checked non-NULL; the caller guarantees they are live and writable.
        let (engine, out) = unsafe { (&(*engine).engine, &mut *out_ymd) };
        engine.scoped(|| {
            match day_at(ymd, "date")
                .and_then(|d| entry::add_workdays(engine.calendar(), d, i64::from(days)))
            {
                Ok(d) => {
                    *out = zhengwu::date::from_epoch_days(d).map_or(0, date_to_ymd);
                    zw_status::ZW_STATUS_OK
                }
                Err(e) => record(&e),
            }
        })
    })
}

/// Working days from `from_ymd` to `to_ymd`: for to ≥ from, the working days d with
/// from < d ≤ to; for to < from, minus those with to ≤ d < from.
///
/// @param engine    The engine.
/// @param from_ymd  First day, YYYYMMDD.
/// @param to_ymd    Last day, YYYYMMDD.
/// @param out_days  Receives the count.
/// @return ZW_STATUS_OK, ZW_STATUS_INPUT, ZW_STATUS_CALENDAR or ZW_STATUS_NULL_ARGUMENT. O(1).
///
/// # Safety
/// `engine` is NULL or live; `out_days` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn zw_calendar_workdays_between(
    engine: *const zw_engine,
    from_ymd: i32,
    to_ymd: i32,
    out_days: *mut i32,
) -> zw_status {
    if engine.is_null() || out_days.is_null() {
        return null_arg(if engine.is_null() {
            "engine"
        } else {
            "out_days"
        });
    }
    guarded(|| {
        // SAFETY: checked non-NULL; the caller guarantees they are live and writable.
        let (engine, out) = unsafe { (&(*engine).engine, &mut *out_days) };
        engine.scoped(|| {
            let r = day_at(from_ymd, "from")
                .and_then(|a| Ok((a, day_at(to_ymd, "to")?)))
                .and_then(|(a, b)| entry::workdays_between(engine.calendar(), a, b));
            match r {
                Ok(n) => {
                    *out = n as i32;
                    zw_status::ZW_STATUS_OK
                }
                Err(e) => record(&e),
            }
        })
    })
}

/// Runs a typed day function over arrays: item i's status goes to `out_status[i]` (when given),
/// failed items' outputs are 0; returns ZW_STATUS_OK when every item succeeded, else the first
/// failing item's status (its error is in zw_last_error()).
///
/// # Safety
/// Every pointer is valid for `n` items; `out_status` may be NULL.
pub(crate) unsafe fn over_arrays(
    n: usize,
    out: *mut i32,
    out_status: *mut zw_status,
    mut item: impl FnMut(usize) -> Result<i32, Error>,
) -> zw_status {
    // SAFETY: the caller guarantees `out` (and `out_status` when non-NULL) hold n items.
    let out = unsafe { std::slice::from_raw_parts_mut(out, n) };
    let mut statuses = if out_status.is_null() {
        None
    } else {
        // SAFETY: as above.
        Some(unsafe { std::slice::from_raw_parts_mut(out_status, n) })
    };
    let mut first = zw_status::ZW_STATUS_OK;
    for i in 0..n {
        let st = match item(i) {
            Ok(v) => {
                out[i] = v;
                zw_status::ZW_STATUS_OK
            }
            Err(e) => {
                out[i] = 0;
                let st = status_of(&e);
                if first == zw_status::ZW_STATUS_OK {
                    first = record(&e);
                }
                st
            }
        };
        if let Some(s) = statuses.as_deref_mut() {
            s[i] = st;
        }
    }
    first
}

/// Array form of zw_calendar_is_workday().
///
/// @param engine      The engine.
/// @param ymd         n days, YYYYMMDD.
/// @param n           Number of items (0 is allowed; pointers may then be NULL).
/// @param out_workday n results (1/0).
/// @param out_status  NULL, or n per-item statuses.
/// @return ZW_STATUS_OK if every item succeeded, else the first failing item's status.
///
/// # Safety
/// `ymd` and `out_workday` hold `n` items; `out_status` is NULL or holds `n` items.
#[no_mangle]
pub unsafe extern "C" fn zw_calendar_is_workday_array(
    engine: *const zw_engine,
    ymd: *const i32,
    n: usize,
    out_workday: *mut i32,
    out_status: *mut zw_status,
) -> zw_status {
    if n == 0 {
        return zw_status::ZW_STATUS_OK;
    }
    if engine.is_null() || ymd.is_null() || out_workday.is_null() {
        return null_arg("engine, ymd or out_workday");
    }
    guarded(|| {
        // SAFETY: checked non-NULL; the caller guarantees n items.
        let (engine, ymd) = unsafe { (&(*engine).engine, std::slice::from_raw_parts(ymd, n)) };
        engine.scoped(|| {
            let cal = engine.calendar();
            // SAFETY: forwarded caller guarantees.
            unsafe {
                over_arrays(n, out_workday, out_status, |i| {
                    Ok(i32::from(cal.is_workday(ymd_to_date(ymd[i])?)?))
                })
            }
        })
    })
}

/// Array form of zw_calendar_add_workdays().
///
/// @param engine      The engine.
/// @param ymd         n start days, YYYYMMDD.
/// @param days        n day counts.
/// @param n           Number of items.
/// @param out_ymd     n results, YYYYMMDD.
/// @param out_status  NULL, or n per-item statuses.
/// @return ZW_STATUS_OK if every item succeeded, else the first failing item's status.
///
/// # Safety
/// `ymd`, `days` and `out_ymd` hold `n` items; `out_status` is NULL or holds `n` items.
#[no_mangle]
pub unsafe extern "C" fn zw_calendar_add_workdays_array(
    engine: *const zw_engine,
    ymd: *const i32,
    days: *const i32,
    n: usize,
    out_ymd: *mut i32,
    out_status: *mut zw_status,
) -> zw_status {
    if n == 0 {
        return zw_status::ZW_STATUS_OK;
    }
    if engine.is_null() || ymd.is_null() || days.is_null() || out_ymd.is_null() {
        return null_arg("engine, ymd, days or out_ymd");
    }
    guarded(|| {
        // SAFETY: checked non-NULL; the caller guarantees n items.
        let (engine, ymd, days) = unsafe {
            (
                &(*engine).engine,
                std::slice::from_raw_parts(ymd, n),
                std::slice::from_raw_parts(days, n),
            )
        };
        engine.scoped(|| {
            let cal = engine.calendar();
            // SAFETY: forwarded caller guarantees.
            unsafe {
                over_arrays(n, out_ymd, out_status, |i| {
                    Ok(date_to_ymd(
                        cal.add_workdays(ymd_to_date(ymd[i])?, i64::from(days[i]))?,
                    ))
                })
            }
        })
    })
}

/// Array form of zw_calendar_workdays_between().
///
/// @param engine      The engine.
/// @param from_ymd    n first days, YYYYMMDD.
/// @param to_ymd      n last days, YYYYMMDD.
/// @param n           Number of items.
/// @param out_days    n counts.
/// @param out_status  NULL, or n per-item statuses.
/// @return ZW_STATUS_OK if every item succeeded, else the first failing item's status.
///
/// # Safety
/// `from_ymd`, `to_ymd` and `out_days` hold `n` items; `out_status` is NULL or holds `n` items.
#[no_mangle]
pub unsafe extern "C" fn zw_calendar_workdays_between_array(
    engine: *const zw_engine,
    from_ymd: *const i32,
    to_ymd: *const i32,
    n: usize,
    out_days: *mut i32,
    out_status: *mut zw_status,
) -> zw_status {
    if n == 0 {
        return zw_status::ZW_STATUS_OK;
    }
    if engine.is_null() || from_ymd.is_null() || to_ymd.is_null() || out_days.is_null() {
        return null_arg("engine, from_ymd, to_ymd or out_days");
    }
    guarded(|| {
        // SAFETY: checked non-NULL; the caller guarantees n items.
        let (engine, a, b) = unsafe {
            (
                &(*engine).engine,
                std::slice::from_raw_parts(from_ymd, n),
                std::slice::from_raw_parts(to_ymd, n),
            )
        };
        engine.scoped(|| {
            let cal = engine.calendar();
            // SAFETY: forwarded caller guarantees.
            unsafe {
                over_arrays(n, out_days, out_status, |i| {
                    Ok(cal.workdays_between(ymd_to_date(a[i])?, ymd_to_date(b[i])?)? as i32)
                })
            }
        })
    })
}

/// The last day of official data: a day after it lies in a projected year (暂定 — the year's notice
/// is not loaded, `calendar_projection: "statutory"`), so an answer reaching past it is
/// provisional. Compare the typed entry points' results with it; with projection off no answer
/// can lie past it.
///
/// @param engine   The engine.
/// @param out_ymd  Receives the last official day as YYYYMMDD.
/// @return ZW_STATUS_OK or ZW_STATUS_NULL_ARGUMENT. O(1).
///
/// # Safety
/// `engine` is NULL or live; `out_ymd` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn zw_calendar_official_end(
    engine: *const zw_engine,
    out_ymd: *mut i32,
) -> zw_status {
    if engine.is_null() || out_ymd.is_null() {
        return null_arg(if engine.is_null() {
            "engine"
        } else {
            "out_ymd"
        });
    }
    guarded(|| {
        // SAFETY: checked non-NULL; the caller guarantees they are live and writable.
        let (engine, out) = unsafe { (&(*engine).engine, &mut *out_ymd) };
        engine.scoped(|| {
            *out = date_to_ymd(engine.calendar().official_end());
            zw_status::ZW_STATUS_OK
        })
    })
}
