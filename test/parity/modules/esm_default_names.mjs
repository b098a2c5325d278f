// Names of default exports: anonymous class, arrow, parenthesised function, and a named one.
import C from './fixtures/esm_default_class.mjs';
import a from './fixtures/esm_default_arrow.mjs';
import n from './fixtures/esm_default_named.mjs';
import p from './fixtures/esm_default_paren.mjs';
console.log(C.name, new C().hi(), a.name, await a(), n.name, n(), JSON.stringify(p.name));
