// Intl: DateTimeFormat hour12 and hourCycle.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['h11', 'h12', 'h23', 'h24'].map((hc) => new Intl.DateTimeFormat('en', { timeZone: 'UTC...", () => ['h11', 'h12', 'h23', 'h24'].map((hc) => new Intl.DateTimeFormat('en', { timeZone: 'UTC', hour: 'numeric', minute: 'numeric', hourCycle: hc }).format(new Date(Date.UTC(2024, 0, 1, 0, 5)))));
show("['en', 'en-GB', 'de', 'ja', 'ko', 'zh-TW', 'fr-CA'].map((l) => new Intl.DateTimeFormat(...", () => ['en', 'en-GB', 'de', 'ja', 'ko', 'zh-TW', 'fr-CA'].map((l) => new Intl.DateTimeFormat(l, { hour: 'numeric' }).resolvedOptions().hourCycle));
show("new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', timeStyle: 'short', hour12: true })...", () => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', timeStyle: 'short', hour12: true }).format(d));
show("new Intl.DateTimeFormat('en', { timeZone: 'UTC', timeStyle: 'short', hourCycle: 'h23' }...", () => new Intl.DateTimeFormat('en', { timeZone: 'UTC', timeStyle: 'short', hourCycle: 'h23' }).format(d));
show("new Intl.DateTimeFormat('en-u-hc-h23', { timeZone: 'UTC', hour: 'numeric' }).resolvedOp...", () => new Intl.DateTimeFormat('en-u-hc-h23', { timeZone: 'UTC', hour: 'numeric' }).resolvedOptions());
show("new Intl.DateTimeFormat('en', { hour: 'numeric', hour12: true, hourCycle: 'h23' }).reso...", () => new Intl.DateTimeFormat('en', { hour: 'numeric', hour12: true, hourCycle: 'h23' }).resolvedOptions().hourCycle);
show("new Intl.DateTimeFormat('ja', { timeZone: 'UTC', hour: 'numeric', hour12: true }).forma...", () => new Intl.DateTimeFormat('ja', { timeZone: 'UTC', hour: 'numeric', hour12: true }).format(d));
