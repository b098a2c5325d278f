// Checks split, replaceAll and matchAll with property escapes.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('split', () => 'один,два;три'.split(/\P{L}+/u));
show('replaceAll', () => 'a1b2ç3'.replaceAll(/\p{L}/gu, '*'));
show('matchAll', () => [...'Ab Cd'.matchAll(/(?<up>\p{Lu})(?<low>\p{Ll})/gu)].map((m) => m.groups.up + '/' + m.groups.low));
show('search', () => '123abc'.search(/\p{L}/u));
