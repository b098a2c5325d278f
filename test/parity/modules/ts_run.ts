// A TypeScript entry file with erasable types, importing .ts and .mts modules.

import { square, label } from './fixtures/ts/mod.ts';
import { m } from './fixtures/ts/esm.mts';
const n: number = square(4);
console.log(n, label, m.a);
