// The default import of a CommonJS module with __esModule is module.exports, not exports.default.

import def, { named } from 'pkg-cjs-esmodule';
import * as ns from 'pkg-cjs-esmodule';
console.log(JSON.stringify(def), named, ns.default === def);
