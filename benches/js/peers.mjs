// The WASM door beside the npm calendars a web developer would otherwise pick: chinese-days and
// chinese-workday, on the same inputs. Answers are compared first, day by day, over every year both
// sides hold; then each call is timed (median of 9 runs, process CPU time).
// Run: node benches/js/peers.mjs [results.json]   (after scripts/build-wasm and `npm install` in
// benches/js; scripts/bench does both)
import { writeFileSync } from 'node:fs';
import * as chineseWorkday from 'chinese-workday';
import chineseDays from 'chinese-days';
import { createEngine } from '../../wasm/pkg-node/index.mjs';

const engine = createEngine();
const results = { disagreements: {}, timings: [] };
const iso = (d) => d.toISOString().slice(0, 10);
const daysOf = (from, to) => {
  const out = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) out.push(iso(d));
  return out;
};

// Answers first: every day both sides hold. A peer's answer that differs is listed with the day.
const [first, last] = [engine.version().calendar.from, engine.version().calendar.to];
const peers = {
  'chinese-days': { isWorkday: (d) => chineseDays.isWorkday(d), from: '2004-01-01' },
  'chinese-workday': { isWorkday: (d) => chineseWorkday.isWorkday(d), from: '2011-01-01' }, // its data begins in 2011
};
for (const [name, p] of Object.entries(peers)) {
  const differ = [];
  let held = 0;
  for (const d of daysOf(p.from > first ? p.from : first, last)) {
    let theirs;
    try { theirs = p.isWorkday(d); } catch { continue; }
    held++;
    if (theirs !== engine.calendar.isWorkday(d)) differ.push(d);
  }
  results.disagreements[name] = { days_compared: held, differ };
  console.log(`${name}: ${held} days compared with zhengwu (${first}…${last}), ${differ.length} differ${differ.length ? `: ${differ.slice(0, 12).join(', ')}${differ.length > 12 ? ', …' : ''}` : ''}`);
}
// add: zhengwu's addWorkdays against chinese-days' findWorkday, 2019–2024.
const days = daysOf('2019-01-01', '2024-12-20');
let addDiffer = 0;
for (let i = 0; i < days.length; i++) {
  const k = (i % 20) + 1;
  if (chineseDays.findWorkday(k, days[i]) !== engine.calendar.addWorkdays(days[i], k)) addDiffer++;
}
results.disagreements['chinese-days findWorkday'] = { days_compared: days.length, differ: addDiffer };
console.log(`chinese-days findWorkday(k, day) against addWorkdays(day, k), k 1–20: ${days.length} days, ${addDiffer} differ`);

function cpu() {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000; // ns
}
function measure(name, peerOf, n, f) {
  for (let i = 0; i < Math.min(n, 20000); i++) f(i); // warm up (the optimizing tier)
  const runs = [];
  for (let r = 0; r < 9; r++) {
    const t = cpu();
    for (let i = 0; i < n; i++) f(i);
    runs.push((cpu() - t) / n);
  }
  runs.sort((a, b) => a - b);
  results.timings.push({ name, peer_of: peerOf, calls: n, median_ns: runs[4], min_ns: runs[0], max_ns: runs[8] });
  console.log(`${name.padEnd(60)} ${(runs[4] / 1000).toFixed(3).padStart(8)} µs/call (min ${(runs[0] / 1000).toFixed(3)}, max ${(runs[8] / 1000).toFixed(3)})`);
}

const m = days.length;
measure('zhengwu calendar.isWorkday (WASM, ISO string)', null, 200000, (i) => engine.calendar.isWorkday(days[i % m]));
measure('chinese-days isWorkday (ISO string)', 'zhengwu calendar.isWorkday (WASM, ISO string)', 200000, (i) => chineseDays.isWorkday(days[i % m]));
measure('chinese-workday isWorkday (ISO string)', 'zhengwu calendar.isWorkday (WASM, ISO string)', 200000, (i) => chineseWorkday.isWorkday(days[i % m]));
measure('zhengwu calendar.addWorkdays(day, 1–20) (WASM)', null, 100000, (i) => engine.calendar.addWorkdays(days[i % m], (i % 20) + 1));
measure('chinese-days findWorkday(1–20, day)', 'zhengwu calendar.addWorkdays(day, 1–20) (WASM)', 100000, (i) => chineseDays.findWorkday((i % 20) + 1, days[i % m]));
measure('zhengwu calendar.workdaysBetween(day, day + 30)', null, 100000, (i) => engine.calendar.workdaysBetween(days[i % (m - 40)], days[(i % (m - 40)) + 30]));
measure('chinese-workday countWorkdays(day, day + 30)', 'zhengwu calendar.workdaysBetween(day, day + 30)', 100000, (i) => chineseWorkday.countWorkdays(days[i % (m - 40)], days[(i % (m - 40)) + 30]));

if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(results, null, 1));
