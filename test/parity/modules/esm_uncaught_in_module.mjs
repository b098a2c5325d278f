// An error thrown at the top level of the main ES module.
const x = 1;
throw new RangeError('top-level esm throw ' + x);
