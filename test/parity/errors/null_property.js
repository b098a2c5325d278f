// TypeError from reading a property of null.
const obj = null;
console.log('before');
obj.x;
