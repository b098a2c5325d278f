// module.exports replaced by primitives; a cycle where the first module reassigns module.exports after the second took it.

console.log(require('./fixtures/primitive_number'), require('./fixtures/primitive_null'));
console.log(JSON.stringify(require('./fixtures/reassign_a')));
