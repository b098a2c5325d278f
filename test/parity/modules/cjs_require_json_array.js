// A JSON module whose top level is an array.
const a = require('./fixtures/json_array.json');
console.log(Array.isArray(a), a.length, a[2].three);
