// Intl: Intl.Locale maximize and minimize.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['en', 'zh', 'zh-TW', 'zh-Hant', 'ja', 'de-CH', 'sr', 'und', 'pt'].map((t) => new Intl....", () => ['en', 'zh', 'zh-TW', 'zh-Hant', 'ja', 'de-CH', 'sr', 'und', 'pt'].map((t) => new Intl.Locale(t).maximize().toString()));
show("['en-Latn-US', 'zh-Hans-CN', 'zh-Hant-TW', 'de-Latn-DE', 'ja-Jpan-JP', 'en-GB'].map((t)...", () => ['en-Latn-US', 'zh-Hans-CN', 'zh-Hant-TW', 'de-Latn-DE', 'ja-Jpan-JP', 'en-GB'].map((t) => new Intl.Locale(t).minimize().toString()));
