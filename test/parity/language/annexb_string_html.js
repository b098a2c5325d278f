// Checks String.prototype HTML methods (Annex B).
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('anchor', () => 'x'.anchor('a"b'));
show('big', () => 'x'.big());
show('fontcolor', () => 'x'.fontcolor('red'));
show('link', () => 'x'.link('http://a'));
show('sub sup', () => 'x'.sub() + 'x'.sup());
show('null', () => String.prototype.bold.call(null));
