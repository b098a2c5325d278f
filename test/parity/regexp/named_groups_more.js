// Checks named groups: duplicates, undefined groups, $<> edge cases.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('undefined group', () => JSON.stringify(/(?<a>x)?y/.exec('y').groups));
show('$<> unknown', () => 'ab'.replace(/(?<x>a)/, '[$<nope>]'));
show('$<> without groups', () => 'ab'.replace(/(a)/, '[$<x>]'));
show('$1 and $&', () => 'ab'.replace(/(?<x>a)(b)/, '$2$1|$&'));
show('groups proto', () => Object.getPrototypeOf(/(?<a>.)/.exec('z').groups));
