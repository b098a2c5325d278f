// Intl: RelativeTimeFormat in ru.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("[-1, 0, 1, 2, -3].map((v) => new Intl.RelativeTimeFormat('ru').format(v, 'day'))", () => [-1, 0, 1, 2, -3].map((v) => new Intl.RelativeTimeFormat('ru').format(v, 'day')));
show("[-1, 0, 1, 2].map((v) => new Intl.RelativeTimeFormat('ru', { numeric: 'auto' }).format(...", () => [-1, 0, 1, 2].map((v) => new Intl.RelativeTimeFormat('ru', { numeric: 'auto' }).format(v, 'day')));
show("['second', 'minute', 'hour', 'week', 'month', 'quarter', 'year'].map((u) => new Intl.Re...", () => ['second', 'minute', 'hour', 'week', 'month', 'quarter', 'year'].map((u) => new Intl.RelativeTimeFormat('ru').format(-5, u)));
show("['second', 'minute', 'hours', 'years'].map((u) => new Intl.RelativeTimeFormat('ru', { s...", () => ['second', 'minute', 'hours', 'years'].map((u) => new Intl.RelativeTimeFormat('ru', { style: 'short' }).format(3, u)));
show("new Intl.RelativeTimeFormat('ru').formatToParts(100, 'day')", () => new Intl.RelativeTimeFormat('ru').formatToParts(100, 'day'));
