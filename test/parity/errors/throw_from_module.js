// An error thrown from a required module.
require('./_thrower.js');
