// createRequire from an ES module.

import { createRequire } from 'module';
const require = createRequire(import.meta.url);
console.log(require('./fixtures/a').name, require('pkg-exports'));
console.log(typeof require.resolve, require.resolve('./fixtures/a').endsWith('fixtures/a.js'));
