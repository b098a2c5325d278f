// Checks JSON.parse with revivers and errors.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
console.log(JSON.parse('{"a":[1,{"b":2}]}', (k, v) => (typeof v === 'number' ? v * 10 : v)));
console.log(JSON.parse(' [1e3, -0, 0.5] ').map((x) => Object.is(x, -0) ? '-0' : x));
show('trailing comma', () => JSON.parse('[1,]'));
show('single quotes', () => JSON.parse("{'a':1}"));
show('empty', () => JSON.parse(''));
