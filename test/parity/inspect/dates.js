// Dates, invalid dates, dates with properties.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
show('epoch', new Date(0));
show('fixed', new Date(Date.UTC(2020, 1, 29, 12, 34, 56, 789)));
show('invalid', new Date(NaN));
const d = new Date(86400000);
d.prop = 'x';
show('with prop', d);
show('in object', { when: new Date(1e12) });
console.log('toString', new Date(0).toString());
console.log('String', String(new Date(1e12)));
