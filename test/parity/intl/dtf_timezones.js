// Intl: DateTimeFormat time zones and names.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['America/Los_Angeles', 'Europe/Berlin', 'Asia/Tokyo', 'Asia/Kolkata', 'Australia/Sydne...", () => ['America/Los_Angeles', 'Europe/Berlin', 'Asia/Tokyo', 'Asia/Kolkata', 'Australia/Sydney', 'America/New_York'].map((z) => new Intl.DateTimeFormat('en', { timeZone: z, dateStyle: 'short', timeStyle: 'long' }).format(d)));
show("['short', 'long', 'shortOffset', 'longOffset'].map((t) => new Intl.DateTimeFormat('en',...", () => ['short', 'long', 'shortOffset', 'longOffset'].map((t) => new Intl.DateTimeFormat('en', { timeZone: 'America/Los_Angeles', timeZoneName: t }).format(d)));
show("['short', 'long', 'shortOffset', 'longOffset'].map((t) => new Intl.DateTimeFormat('de',...", () => ['short', 'long', 'shortOffset', 'longOffset'].map((t) => new Intl.DateTimeFormat('de', { timeZone: 'Europe/Berlin', timeZoneName: t }).format(d)));
show("new Intl.DateTimeFormat('en', { timeZone: 'America/New_York', timeZoneName: 'short', ho...", () => new Intl.DateTimeFormat('en', { timeZone: 'America/New_York', timeZoneName: 'short', hour: 'numeric' }).format(new Date(Date.UTC(2024, 6, 1, 12))));
show("new Intl.DateTimeFormat('en', { timeZone: 'utc' }).resolvedOptions().timeZone", () => new Intl.DateTimeFormat('en', { timeZone: 'utc' }).resolvedOptions().timeZone);
show("new Intl.DateTimeFormat('en', { timeZone: 'Etc/UTC' }).resolvedOptions().timeZone", () => new Intl.DateTimeFormat('en', { timeZone: 'Etc/UTC' }).resolvedOptions().timeZone);
show("new Intl.DateTimeFormat('en', { timeZone: 'asia/kolkata' }).resolvedOptions().timeZone", () => new Intl.DateTimeFormat('en', { timeZone: 'asia/kolkata' }).resolvedOptions().timeZone);
show("new Intl.DateTimeFormat('en', { timeZone: '+05:30', timeStyle: 'long' }).format(d)", () => new Intl.DateTimeFormat('en', { timeZone: '+05:30', timeStyle: 'long' }).format(d));
show("new Intl.DateTimeFormat('en', { timeZone: 'Etc/GMT+5', timeStyle: 'long' }).format(d)", () => new Intl.DateTimeFormat('en', { timeZone: 'Etc/GMT+5', timeStyle: 'long' }).format(d));
show("new Intl.DateTimeFormat('en', { timeZone: 'Foo/Bar' })", () => new Intl.DateTimeFormat('en', { timeZone: 'Foo/Bar' }));
show("new Intl.DateTimeFormat('ja', { timeZone: 'Asia/Tokyo', timeZoneName: 'long' }).format(d)", () => new Intl.DateTimeFormat('ja', { timeZone: 'Asia/Tokyo', timeZoneName: 'long' }).format(d));
