// node:os exports, their names, lengths and primitive conversion.
const os = require('os');
console.log(Object.keys(os).join(' '));
for (const k of Object.keys(os)) {
  if (typeof os[k] === 'function') {
    console.log(k, JSON.stringify(os[k].name), os[k].length, typeof os[k][Symbol.toPrimitive]);
  }
}
console.log(`${os.platform}` === os.platform(), `${os.arch}` === os.arch(), String(os.type) === os.type());
console.log(os.EOL === '\n', os.devNull, os.endianness(), os.platform(), os.arch(), os.type());
