// A package requiring itself by name through its exports.

console.log(require('pkg-self').helper);
