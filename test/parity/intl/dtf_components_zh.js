// Intl: DateTimeFormat component options in zh.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.DateTimeFormat('zh', { timeZone: 'UTC', weekday: 'long', year: 'numeric', mont...", () => new Intl.DateTimeFormat('zh', { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(d));
show("new Intl.DateTimeFormat('zh', { timeZone: 'UTC', month: 'short', day: 'numeric' }).form...", () => new Intl.DateTimeFormat('zh', { timeZone: 'UTC', month: 'short', day: 'numeric' }).format(d));
show("new Intl.DateTimeFormat('zh', { timeZone: 'UTC', year: 'numeric', month: 'short' }).for...", () => new Intl.DateTimeFormat('zh', { timeZone: 'UTC', year: 'numeric', month: 'short' }).format(d));
show("new Intl.DateTimeFormat('zh', { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' })....", () => new Intl.DateTimeFormat('zh', { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' }).format(d));
show("new Intl.DateTimeFormat('zh', { timeZone: 'UTC', hour: 'numeric', minute: '2-digit', ho...", () => new Intl.DateTimeFormat('zh', { timeZone: 'UTC', hour: 'numeric', minute: '2-digit', hour12: false }).format(d));
show("new Intl.DateTimeFormat('zh', { timeZone: 'UTC', month: 'long' }).format(d)", () => new Intl.DateTimeFormat('zh', { timeZone: 'UTC', month: 'long' }).format(d));
show("new Intl.DateTimeFormat('zh', { timeZone: 'UTC', weekday: 'short' }).format(d)", () => new Intl.DateTimeFormat('zh', { timeZone: 'UTC', weekday: 'short' }).format(d));
show("new Intl.DateTimeFormat('zh', { timeZone: 'UTC', year: '2-digit', month: '2-digit', day...", () => new Intl.DateTimeFormat('zh', { timeZone: 'UTC', year: '2-digit', month: '2-digit', day: '2-digit' }).format(d));
show("new Intl.DateTimeFormat('zh', { timeZone: 'UTC', hour: 'numeric' }).resolvedOptions()", () => new Intl.DateTimeFormat('zh', { timeZone: 'UTC', hour: 'numeric' }).resolvedOptions());
