// module.exports as a class with a static-like property.
const Shape = require('./fixtures/exports_shape');
console.log(typeof Shape, Shape.name, new Shape().area(), Shape.kind);
