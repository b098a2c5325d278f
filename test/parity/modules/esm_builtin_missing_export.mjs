// A name a builtin does not export.
import { nope } from 'fs';
console.log(nope);
