// An anonymous default export function gets the name 'default'.
import f from './fixtures/esm_default_only.mjs';
console.log(f(), f.name);
