// Importing a relative file that does not exist.
import './does-not-exist.mjs';
console.log('never');
