// Checks toISOString with extended years; Date toString zone name.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
for (const ms of [-1587156372070313, -62198755200000, 253402300800000, 8.64e15, -8.64e15, 0]) {
  console.log(ms, new Date(ms).toISOString(), JSON.stringify(new Date(ms)));
}
console.log(new Date(0).toString());
console.log(new Date(0).toTimeString());
show('invalid', () => new Date(NaN).toISOString());
