// Live bindings across modules: the importer sees every update; a namespace too.
import { count, inc } from './fixtures/esm_live_counter.mjs';
import * as ns from './fixtures/esm_live_counter.mjs';
console.log(count);
inc(); inc();
console.log(count, ns.count);
try { count = 5; } catch (e) { console.log(e.name, e.message); }
