// import.meta.main: true in the entry module, false in imported ones.
import * as m from './fixtures/esm_meta.mjs';
console.log(import.meta.main);
