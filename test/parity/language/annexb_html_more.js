// Checks String HTML methods coerce and escape.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('fontsize number', () => 'x'.fontsize(7));
show('anchor undefined', () => 'x'.anchor());
show('link quotes', () => 'x'.link('"&"'));
show('on number', () => String.prototype.italics.call(5));
show('lengths', () => ['anchor', 'big', 'fontcolor', 'link', 'sup'].map((k) => String.prototype[k].length).join(''));
