// import.meta: url, filename, dirname, resolve().

import * as m from './fixtures/esm_meta.mjs';
const here = import.meta.dirname;
console.log(m.url.replace('file://' + here, '<HERE>'));
console.log(m.filename.replace(here, '<HERE>'), m.dirname.replace(here, '<HERE>'));
console.log(m.resolved.replace('file://' + here, '<HERE>'));
console.log(m.bare.replace('file://' + here, '<HERE>'));
console.log(typeof import.meta, Object.keys(import.meta).sort().join(','));
