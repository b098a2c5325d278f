// Re-exports with renaming, of default, and export * as.
import { renamed, namedDefault, everything } from './fixtures/esm_reexport_names.mjs';
console.log(renamed, namedDefault(), Object.keys(everything).join(','));
