// An uncaught error in an ES module main.
const answer = 42;
console.log('esm before', answer);
throw new Error('from esm');
