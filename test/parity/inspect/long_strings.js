// Long strings: splitting in objects, maxStringLength.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
const long = 'x'.repeat(120);
show('top-level', long);
show('in object', { long });
show('multiline in object', { text: 'line one\nline two\nline three is here\n' });
show('maxStringLength', 'abcdefghij', { maxStringLength: 4 });
show('array of long', ['y'.repeat(50), 'z'.repeat(50)]);
