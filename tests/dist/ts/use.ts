// The package as a TypeScript project uses it, compiled with --module node16: in a CommonJS
// project this is require('zhengwu') and must find the CommonJS declarations (index.d.cts), in
// an ES module project import and index.d.mts. Both must type-check and run.
import { createEngine } from 'zhengwu';

const engine = createEngine();
const due: string = engine.calendar.addWorkdays('2024-09-30', 1);
if (due !== '2024-10-08') throw new Error(`addWorkdays gave ${due}`);
const answer = engine.call('calendar.day', { date: '2024-02-10' });
if (answer.kind !== 'holiday') throw new Error(`calendar.day gave ${answer.kind}`);
console.log(`TypeScript (${typeof require === 'function' ? 'CommonJS' : 'ES module'}): ${due}`);
