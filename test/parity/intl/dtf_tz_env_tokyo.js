// Intl: DateTimeFormat default time zone from TZ (Tokyo).
// parity-env: TZ=Asia/Tokyo
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.DateTimeFormat().resolvedOptions().timeZone", () => new Intl.DateTimeFormat().resolvedOptions().timeZone);
show("d.toLocaleString('ja-JP')", () => d.toLocaleString('ja-JP'));
show("d.toLocaleString('en-GB')", () => d.toLocaleString('en-GB'));
