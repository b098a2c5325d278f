// An error whose stack was replaced by a string.
const e = new Error('custom stack');
e.stack = 'Totally custom stack\n    at nowhere (x.js:1:1)';
throw e;
