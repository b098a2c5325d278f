// Intl: DateTimeFormat dateStyle/timeStyle in zh-Hant.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('zh-Hant', { dat...", () => ['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('zh-Hant', { dateStyle: s, timeZone: 'UTC' }).format(d)));
show("['medium', 'short'].map((s) => new Intl.DateTimeFormat('zh-Hant', { timeStyle: s, timeZ...", () => ['medium', 'short'].map((s) => new Intl.DateTimeFormat('zh-Hant', { timeStyle: s, timeZone: 'UTC' }).format(d)));
show("new Intl.DateTimeFormat('zh-Hant', { dateStyle: 'medium', timeStyle: 'short', timeZone:...", () => new Intl.DateTimeFormat('zh-Hant', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d));
show("new Intl.DateTimeFormat('zh-Hant', { timeZone: 'UTC' }).format(d)", () => new Intl.DateTimeFormat('zh-Hant', { timeZone: 'UTC' }).format(d));
show("d.toLocaleDateString('zh-Hant', { timeZone: 'UTC' })", () => d.toLocaleDateString('zh-Hant', { timeZone: 'UTC' }));
show("d.toLocaleTimeString('zh-Hant', { timeZone: 'UTC' })", () => d.toLocaleTimeString('zh-Hant', { timeZone: 'UTC' }));
show("d.toLocaleString('zh-Hant', { timeZone: 'UTC' })", () => d.toLocaleString('zh-Hant', { timeZone: 'UTC' }));
