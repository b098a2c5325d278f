// Intl: DateTimeFormat default time zone from TZ.
// parity-env: TZ=America/New_York
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.DateTimeFormat().resolvedOptions().timeZone", () => new Intl.DateTimeFormat().resolvedOptions().timeZone);
show("new Intl.DateTimeFormat('en', { timeStyle: 'full' }).format(d)", () => new Intl.DateTimeFormat('en', { timeStyle: 'full' }).format(d));
show("d.toLocaleString('en-US')", () => d.toLocaleString('en-US'));
show("d.toLocaleString()", () => d.toLocaleString());
show("d.toLocaleDateString()", () => d.toLocaleDateString());
show("d.toLocaleTimeString()", () => d.toLocaleTimeString());
