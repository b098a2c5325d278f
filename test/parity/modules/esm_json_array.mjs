// A JSON module whose top level is an array, imported through another module.
import arr from './fixtures/esm_import_json_array.mjs';
console.log(Array.isArray(arr), arr[1]);
