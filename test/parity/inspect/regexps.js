// Regular expressions.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
show('simple', /ab+c/gi);
show('escaped', /\/path\/[a-z]*\d{2,}/u);
show('from string', new RegExp('a.b', 'sy'));
const r = /x/;
r.extra = 1;
show('with prop', r);
show('in array', [/a/, /b/m]);
