// Importing a name the module does not export: SyntaxError before any code runs.

console.log('this must not print');
import './fixtures/esm_bad_import.mjs';
