// A Timeout converts to a number id; clearTimeout and clearInterval accept that id.
const t = setTimeout(() => console.log('cleared by id (should not fire)'), 5);
const id = +t;
console.log('typeof id', typeof id, Number.isInteger(id), id > 0);
console.log('toPrimitive is a function', typeof t[Symbol.toPrimitive]);
console.log('same id twice', t[Symbol.toPrimitive]() === id);
clearTimeout(id);
const iv = setInterval(() => console.log('interval cleared by string id (should not fire)'), 5);
clearInterval(String(+iv));
const t3 = setTimeout(() => console.log('kept timer fired'), 10);
console.log('distinct ids', +t3 !== id);
