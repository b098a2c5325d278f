// Intl: DurationFormat in pt.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['long', 'short', 'narrow', 'digital'].map((s) => new Intl.DurationFormat('pt', { style...", () => ['long', 'short', 'narrow', 'digital'].map((s) => new Intl.DurationFormat('pt', { style: s }).format({ years: 1, months: 2, days: 3, hours: 4, minutes: 5, seconds: 6, milliseconds: 7 })));
show("new Intl.DurationFormat('pt', { style: 'long' }).format({ hours: 1, minutes: 30 })", () => new Intl.DurationFormat('pt', { style: 'long' }).format({ hours: 1, minutes: 30 }));
show("new Intl.DurationFormat('pt', { style: 'digital' }).format({ minutes: 2, seconds: 3, mi...", () => new Intl.DurationFormat('pt', { style: 'digital' }).format({ minutes: 2, seconds: 3, milliseconds: 50 }));
