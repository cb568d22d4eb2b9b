// The typed JS API of zhengwu over the raw wasm-bindgen Engine (browser and Node builds alike).
// Dates are 'YYYY-MM-DD' strings or Date objects in (a Date is the day it is in China at that
// instant), 'YYYY-MM-DD' strings out; money is a decimal string. Errors are thrown as Error
// objects with `code` and `path` (ZhengwuError).

const DAY_MS = 86400000;
// China's civil time is UTC+8 all year (no daylight saving since 1991).
const CHINA_MS = 8 * 3600000;

// A Date is read as the day it is in China (Asia/Shanghai) at that instant — the same day on
// every host, whatever its time zone (2024-09-29T20:00Z is 2024-09-30). Local-midnight Dates made
// on a host in China are the day they say.
const civil = (d) => {
  const t = new Date(d.getTime() + CHINA_MS);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
};

const iso = (d) => {
  if (d instanceof Date) {
    const p = (n) => String(n).padStart(2, '0');
    const [y, m, day] = civil(d);
    return `${y}-${p(m)}-${p(day)}`;
  }
  return d;
};

// A 'YYYY-MM-DD' string or a Date as days since 1970-01-01 — or undefined when it is not a real
// date in that form, so that the JSON door answers (with its error) instead.
const epochOf = (d) => {
  let y, m, day;
  if (d instanceof Date) {
    [y, m, day] = civil(d);
  } else if (typeof d === 'string' && /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(d)) {
    [y, m, day] = [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
  } else {
    return undefined;
  }
  if (!(y >= 1000 && y <= 9999)) return undefined; // the JSON door reads exactly four-digit years
  const t = Date.UTC(y, m - 1, day);
  const back = new Date(t);
  // Rejects 02-30, month 13, NaN dates and years below 100 (Date.UTC maps them to 19xx).
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== day) return undefined;
  return t / DAY_MS;
};

const isoOfEpoch = (e) => new Date(e * DAY_MS).toISOString().slice(0, 10);

const isoDeep = (v) => {
  if (v instanceof Date) return iso(v);
  if (Array.isArray(v)) return v.map(isoDeep);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, isoDeep(x)]));
  return v;
};

/** Wraps a raw engine in the typed API; `RawForm` is the package's held-form class. */
export function wrap(raw, RawForm) {
  const call = (op, input) => raw.call(op, input ?? {});
  // The last official day, asked once: a typed answer past it lies in a projected year.
  let officialEnd;
  const lastOfficial = () => (officialEnd ??= call('calendar.coverage').official.to);
  const calendar = {
    officialEnd: lastOfficial,
    isProvisional: (date) => iso(date) > lastOfficial(),
    day: (date) => call('calendar.day', { date: iso(date) }),
    // Fast paths on days since 1970-01-01 (no JSON); anything else goes through the JSON door,
    // which gives the same answers and errors.
    isWorkday: (date) => {
      const e = epochOf(date);
      return e === undefined ? call('calendar.day', { date: iso(date) }).workday : raw.isWorkdayEpoch(e);
    },
    addWorkdays: (date, days) => {
      const e = epochOf(date);
      return e === undefined || !Number.isSafeInteger(days)
        ? call('calendar.add_workdays', { date: iso(date), days }).date
        : isoOfEpoch(raw.addWorkdaysEpoch(e, days));
    },
    workdaysBetween: (from, to) => {
      const [a, b] = [epochOf(from), epochOf(to)];
      return a === undefined || b === undefined
        ? call('calendar.workdays_between', { from: iso(from), to: iso(to) }).days
        : raw.workdaysBetweenEpoch(a, b);
    },
    deadline: (start, period, pauses = []) =>
      call('calendar.deadline', { start: iso(start), period, pauses: pauses.map((p) => ({ ...p, from: iso(p.from), to: iso(p.to) })) }),
    parseNotice: (text, year) => call('calendar.parse_notice', year === undefined ? { text } : { text, year }),
    diffYears: (input) => call('calendar.diff_years', isoDeep(input)),
  };
  const ids = {
    resident: (id, today) => call('id.resident', today ? { id, today: iso(today) } : { id }),
    uscc: (code) => call('id.uscc', { code }),
  };
  const form = {
    merge: (req) => call('form.merge', req),
    prefill: (f, shared, values = {}, overwrite = false) => call('form.prefill', { form: f, shared: isoDeep(shared), values: isoDeep(values), overwrite }),
    validate: (f, values) => call('form.validate', { form: f, values: isoDeep(values) }),
    split: (f, values) => call('form.split', { form: f, values: isoDeep(values) }),
    // A form held in WebAssembly memory: parsed once, then validated, split and prefilled
    // without being sent again. `f` is form.merge's answer (object or JSON text).
    hold: (f) => {
      if (!RawForm) throw new Error('this build has no held forms');
      const held = RawForm.fromJson(raw, typeof f === 'string' ? f : JSON.stringify(f));
      return {
        validate: (values) => JSON.parse(held.validateJson(raw, JSON.stringify(isoDeep(values)))),
        split: (values) => JSON.parse(held.splitJson(raw, JSON.stringify(isoDeep(values)))),
        prefill: (shared, values = {}, overwrite = false) =>
          JSON.parse(held.prefillJson(raw, JSON.stringify(isoDeep(shared)), JSON.stringify(isoDeep(values)), overwrite)),
        validateJson: (valuesJson) => held.validateJson(raw, valuesJson),
        splitJson: (valuesJson) => held.splitJson(raw, valuesJson),
        toJSON: () => JSON.parse(held.toJson()),
        toJson: () => held.toJson(),
        free: () => held.free(),
      };
    },
  };
  const commitment = {
    letter: (input) => call('commitment.letter', isoDeep(input)),
    eligibility: (input) => call('commitment.eligibility', isoDeep(input)),
    open: (input) => call('commitment.open', isoDeep(input)),
    apply: (state, event) => call('commitment.apply', { state, event: isoDeep(event) }),
    tick: (state, today) => call('commitment.tick', { state, today: iso(today) }),
  };
  const credit = {
    judge: (facts) => call('credit.judge', facts),
    status: (subject, records, today) => call('credit.status', { subject, records: isoDeep(records), today: iso(today) }),
    repairCheck: (application) => call('credit.repair_check', { application }),
  };
  const cases = {
    supervise: (c, today, alertWorkdays) =>
      call('case.supervise', { case: isoDeep(c), today: iso(today), ...(alertWorkdays === undefined ? {} : { alert_workdays: alertWorkdays }) }),
    superviseBatch: (list, today) => call('case.supervise_batch', { cases: isoDeep(list), today: iso(today) }).results,
    stats: (list, today) => call('case.stats', { cases: isoDeep(list), today: iso(today) }),
  };
  return {
    raw,
    call,
    callJson: (op, text) => raw.callJson(op, text),
    callJsonBytes: (op, text) => raw.callJsonBytes(op, text),
    version: () => call('meta.version'),
    calendar,
    ids,
    bundles: (audience) => call('bundle.list', audience ? { audience, with_matters: true } : { with_matters: true }).bundles,
    bundle: (id) => call('bundle.get', { bundle: id }).bundle,
    matter: (code) => call('matter.get', { code }).matter,
    matterGuide: (code) => call('matter.guide', { code }),
    bundleGuide: (bundle) => call('bundle.guide', { bundle }),
    lint: (catalog) => call('catalog.lint', catalog ? { catalog } : {}),
    stats: (catalog) => call('catalog.stats', catalog ? { catalog } : {}),
    resolveMaterials: (matters, dossier = {}) => call('materials.resolve', { matters, dossier: isoDeep(dossier) }),
    form,
    commitment,
    credit,
    cases,
    explain: (op, answer) => call('explain.answer', { op, answer }),
    docs: () => call('meta.docs').docs,
    free: () => raw.free(),
  };
}
