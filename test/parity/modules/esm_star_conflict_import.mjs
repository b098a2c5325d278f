// Importing an ambiguous star export by name is a SyntaxError.
import { shared } from './fixtures/esm_star_both.mjs';
console.log(shared);
