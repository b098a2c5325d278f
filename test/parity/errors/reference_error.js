// ReferenceError from an undeclared variable.
console.log(notDeclaredAnywhere);
