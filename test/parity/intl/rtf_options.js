// Intl: RelativeTimeFormat options and errors.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(0, 'second')", () => new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(0, 'second'));
show("new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(-1, 'year')", () => new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(-1, 'year'));
show("new Intl.RelativeTimeFormat('en').format(-0, 'day')", () => new Intl.RelativeTimeFormat('en').format(-0, 'day'));
show("new Intl.RelativeTimeFormat('en').format(1.5, 'hour')", () => new Intl.RelativeTimeFormat('en').format(1.5, 'hour'));
show("new Intl.RelativeTimeFormat('en').format(1234567, 'second')", () => new Intl.RelativeTimeFormat('en').format(1234567, 'second'));
show("new Intl.RelativeTimeFormat('en').format(1, 'decade')", () => new Intl.RelativeTimeFormat('en').format(1, 'decade'));
show("new Intl.RelativeTimeFormat('en', { style: 'narrow' }).format(-3, 'month')", () => new Intl.RelativeTimeFormat('en', { style: 'narrow' }).format(-3, 'month'));
show("new Intl.RelativeTimeFormat('en').resolvedOptions()", () => new Intl.RelativeTimeFormat('en').resolvedOptions());
show("new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).formatToParts(-1, 'day')", () => new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).formatToParts(-1, 'day'));
