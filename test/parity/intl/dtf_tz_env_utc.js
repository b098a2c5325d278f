// Intl: DateTimeFormat with TZ=UTC.
// parity-env: TZ=UTC
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.DateTimeFormat().resolvedOptions()", () => new Intl.DateTimeFormat().resolvedOptions());
show("d.toLocaleString()", () => d.toLocaleString());
