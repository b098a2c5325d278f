// Depth-first, post-order evaluation; each module once.

import './fixtures/esm_order_1.mjs';
import './fixtures/esm_order_2.mjs';
console.log('main');
