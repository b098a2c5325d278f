// util.inspect of a DOMException: "DOMException [Name]: message" with its stack and cause.
const util = require('util');
function inner() { return new DOMException('inspected', 'NotSupportedError'); }
console.log(util.inspect(inner()));
console.log(util.inspect(new DOMException('c', { name: 'AbortError', cause: 'x' })));
