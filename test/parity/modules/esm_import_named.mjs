// ES module imports: named, default, namespace, aliases, live bindings.

import def, { x, counter, inc, aliased } from './fixtures/esm_named.mjs';
import * as ns from './fixtures/esm_named.mjs';
console.log(x, aliased, def());
console.log('counter before', counter);
inc();
console.log('counter after (live)', counter, ns.counter);
console.log(Object.keys(ns).join(','));
console.log(Object.prototype.toString.call(ns), Object.getPrototypeOf(ns));
console.log(Object.isSealed(ns), Object.isFrozen(ns));
try { ns.x = 2; } catch (e) { console.log(e.name, e.message); }
try { ns.newProp = 1; } catch (e) { console.log(e.name, e.message); }
