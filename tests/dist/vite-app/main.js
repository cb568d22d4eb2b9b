// A bundler's view of the npm package: the browser condition, the .wasm copied as an asset.
import init, { createEngine } from 'zhengwu';

init().then(() => {
  const engine = createEngine();
  const due = engine.calendar.deadline('2024-09-20', { workdays: 20 }).due;
  const reason = engine.call('calendar.deadline', { start: '2024-09-20', period: { workdays: 20 } }).reasons[0].message;
  document.getElementById('out').textContent = `${due} ${reason}`;
  document.body.dataset.ready = '1';
});
