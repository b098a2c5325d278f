// require('util/types') is util.types; require('sys') is util, with the DEP0025 warning.
console.log(require('util/types') === require('util').types, require('node:util/types') === require('util').types);
console.log(require('sys') === require('util'));
