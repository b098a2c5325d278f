// Intl: DurationFormat options, parts and errors.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.DurationFormat('en').resolvedOptions()", () => new Intl.DurationFormat('en').resolvedOptions());
show("new Intl.DurationFormat('en', { style: 'digital', fractionalDigits: 2 }).resolvedOption...", () => new Intl.DurationFormat('en', { style: 'digital', fractionalDigits: 2 }).resolvedOptions());
show("new Intl.DurationFormat('en').formatToParts({ hours: 1, minutes: 2 })", () => new Intl.DurationFormat('en').formatToParts({ hours: 1, minutes: 2 }));
show("new Intl.DurationFormat('en', { hours: 'numeric' }).format({ hours: 1, minutes: 2 })", () => new Intl.DurationFormat('en', { hours: 'numeric' }).format({ hours: 1, minutes: 2 }));
show("new Intl.DurationFormat('en', { style: 'long' }).format({ hours: -1, minutes: -2 })", () => new Intl.DurationFormat('en', { style: 'long' }).format({ hours: -1, minutes: -2 }));
show("new Intl.DurationFormat('en').format({ hours: 1.5 })", () => new Intl.DurationFormat('en').format({ hours: 1.5 }));
show("new Intl.DurationFormat('en').format({})", () => new Intl.DurationFormat('en').format({}));
show("new Intl.DurationFormat('en').format({ hours: 1, minutes: -1 })", () => new Intl.DurationFormat('en').format({ hours: 1, minutes: -1 }));
show("new Intl.DurationFormat('en', { style: 'digital', fractionalDigits: 3 }).format({ secon...", () => new Intl.DurationFormat('en', { style: 'digital', fractionalDigits: 3 }).format({ seconds: 5, milliseconds: 1 }));
show("Intl.DurationFormat()", () => Intl.DurationFormat());
