// Type-checked (tsc --noEmit) usage of the typed API; wrong field names or types fail the build.
import { createEngine } from '../../wasm/pkg-node/index.mjs';
import type { Engine, Form, Guide, Split, CreditStatus, ZhengwuError } from '../../wasm/pkg-node/index.mjs';

const engine: Engine = createEngine({ policy: 'tianjin-2018' });
const due: string = engine.calendar.addWorkdays(new Date(2024, 8, 30), 1);
const days: number = engine.calendar.workdaysBetween('2024-09-30', '2024-10-08');
const deadline = engine.calendar.deadline('2024-03-01', { workdays: 10 }, [{ from: '2024-03-04', to: '2024-03-08', step: 'hearing' }]);
const paused: number = deadline.paused_days;
const valid: boolean = engine.ids.resident('11010519491231002X').valid;
const lead: string = engine.bundle('enterprise-opening').lead.name;
const form: Form = engine.form.merge({ bundle: 'enterprise-opening' });
const guide: Guide = engine.bundleGuide('enterprise-opening');
const missingPlaces: number = guide.sections.flatMap((s) => s.elements).filter((e) => e.status === 'missing').length;
const filled = engine.form.prefill(form, { 法人库: { entity_name: '某公司' } });
const check = engine.form.validate(form, filled.values);
const packets: Split = engine.form.split(form, filled.values);
const opened = engine.commitment.open({ matter: form.order[0], applicant: { subject: { uscc: '91350100M000100Y43' } }, committed_on: '2024-01-31', missing: ['domicile-proof'] });
const step = engine.commitment.tick(opened.state, '2024-04-30');
const status: CreditStatus = engine.credit.status({ uscc: '91350100M000100Y43' }, [], '2024-05-06');
try {
  engine.calendar.addWorkdays('2031-01-01', 1);
} catch (e) {
  const err = e as ZhengwuError;
  const where: string | null = err.path;
  console.log(err.code, where);
}
// The JSON door typed from meta.schema: the answer of case.supervise is a CaseSupervision.
const supervised = engine.call('case.supervise', { case: { matter: form.order[0], events: [{ type: 'received', on: '2024-03-04' }] }, today: '2024-03-06' });
const caseStatus: 'received' | 'awaiting_supplement' | 'accepted' | 'paused' | 'decided' | 'delivered' = supervised.status;
const late: boolean[] = supervised.deadlines.map((d) => d.late);
const dayKind: string = engine.call('calendar.day', { date: '2024-10-01' }).kind;
console.log(caseStatus, late, dayKind);
console.log(due, days, paused, valid, lead, missingPlaces, check.valid, packets.packets.length, step.state.status, status.inspection);
engine.free();
