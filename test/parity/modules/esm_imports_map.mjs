// "imports" maps inside a type-module package: patterns and a condition mapping to a builtin.
import { result } from 'pkg-esm-imports';
console.log(result);
