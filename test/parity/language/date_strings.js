// Checks Date string forms and Date.parse round trips.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const ds = [0, 1e12, -1e12, 951782400000, 253402300799999];
for (const ms of ds) {
  const d = new Date(ms);
  console.log(d.toISOString(), '|', d.toString(), '|', d.toUTCString(), '|', d.toDateString());
  console.log('  parse', Date.parse(d.toString()) === ms - (ms % 1000), Date.parse(d.toUTCString()) === ms - (ms % 1000), Date.parse(d.toISOString()) === ms);
}
for (const s of ['2020-01-01', '2020-01-01T00:00', '2020/01/01', 'Jan 1 2020', '2020-13-01', 'foo', '+002020-01-01T00:00:00Z']) console.log(s, Date.parse(s));
