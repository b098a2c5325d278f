// How strings are quoted and escaped.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
const samples = ['plain', "single'", 'double"', 'both\'"', 'all\'"`', 'new\nline', 'tab\t', 'nul\0', 'bell\x07', 'uni\u2028', 'emoji😀', 'lone\ud800', 'back\\slash', '\u00e9'];
for (const s of samples) console.log(util.inspect(s), util.inspect([s]));
