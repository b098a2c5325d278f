// parity-flags: --conditions=custom
// A user condition from --conditions is matched in package exports (require and import).

console.log(require('pkg-cond'));
import('pkg-cond').then((m) => console.log('import:', m.default));
