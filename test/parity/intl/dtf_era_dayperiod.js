// Intl: DateTimeFormat era, dayPeriod, fractionalSecondDigits.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.DateTimeFormat('en', { timeZone: 'UTC', era: 'long' }).format(d)", () => new Intl.DateTimeFormat('en', { timeZone: 'UTC', era: 'long' }).format(d));
show("new Intl.DateTimeFormat('en', { timeZone: 'UTC', era: 'short', year: 'numeric' }).forma...", () => new Intl.DateTimeFormat('en', { timeZone: 'UTC', era: 'short', year: 'numeric' }).format(d));
show("['narrow', 'short', 'long'].map((p) => new Intl.DateTimeFormat('en', { timeZone: 'UTC',...", () => ['narrow', 'short', 'long'].map((p) => new Intl.DateTimeFormat('en', { timeZone: 'UTC', hour: 'numeric', dayPeriod: p }).format(d)));
show("[0, 6, 12, 19, 22].map((h) => new Intl.DateTimeFormat('en', { timeZone: 'UTC', dayPerio...", () => [0, 6, 12, 19, 22].map((h) => new Intl.DateTimeFormat('en', { timeZone: 'UTC', dayPeriod: 'short' }).format(new Date(Date.UTC(2024, 0, 1, h, 30)))));
show("[1, 2, 3].map((n) => new Intl.DateTimeFormat('en', { timeZone: 'UTC', second: 'numeric'...", () => [1, 2, 3].map((n) => new Intl.DateTimeFormat('en', { timeZone: 'UTC', second: 'numeric', fractionalSecondDigits: n }).format(d)));
show("new Intl.DateTimeFormat('en', { timeZone: 'UTC', minute: 'numeric', second: 'numeric', ...", () => new Intl.DateTimeFormat('en', { timeZone: 'UTC', minute: 'numeric', second: 'numeric', fractionalSecondDigits: 2 }).format(d));
show("new Intl.DateTimeFormat('en', { timeZone: 'UTC', hour: 'numeric', minute: 'numeric', se...", () => new Intl.DateTimeFormat('en', { timeZone: 'UTC', hour: 'numeric', minute: 'numeric', second: 'numeric', fractionalSecondDigits: 3 }).resolvedOptions());
