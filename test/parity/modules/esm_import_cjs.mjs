// Importing CommonJS: default is module.exports, named exports come from static analysis.

import cjs, { one, two, three } from './fixtures/cjs_for_esm.cjs';
import named, { alpha, beta, gamma, delta } from 'pkg-cjs-named';
import lit, { a, b } from 'pkg-cjs-literal';
import * as esm from 'pkg-cjs-esmodule';
import fn from 'pkg-cjs-fn';
import * as re from 'pkg-cjs-reexport';
console.log(JSON.stringify(cjs), one, two, three);
console.log(alpha, beta, gamma, delta, named.default);
console.log(a(), b, lit.c, Object.keys(lit).join(','));
console.log(Object.keys(esm).join(','), esm.default, esm.named);
console.log(fn(), fn.extra);
console.log(Object.keys(re).join(','));
