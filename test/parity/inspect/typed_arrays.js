// Typed arrays, ArrayBuffer, DataView, Buffer.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
show('Uint8Array', new Uint8Array([1, 2, 3]));
show('Float64Array', new Float64Array([1.5, -0, NaN]));
show('BigInt64Array', new BigInt64Array([1n, -2n]));
show('empty', new Int16Array(0));
show('long', new Uint8Array(120));
show('ArrayBuffer', new Uint8Array([1, 2, 3, 4]).buffer);
show('DataView', new DataView(new ArrayBuffer(3)));
show('showHidden', new Uint8Array(2), { showHidden: true });
