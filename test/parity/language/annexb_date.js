// Checks Date.prototype.getYear / setYear / toGMTString.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const d = new Date(Date.UTC(1999, 0, 1));
show('getYear', () => d.getYear());
show('setYear 2-digit', () => { d.setYear(95); return d.getFullYear(); });
show('setYear 4-digit', () => { d.setYear(2005); return d.getFullYear(); });
show('toGMTString', () => Date.prototype.toGMTString === Date.prototype.toUTCString);
