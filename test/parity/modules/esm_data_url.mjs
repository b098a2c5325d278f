// data: URLs as module specifiers.

import { v } from 'data:text/javascript,export const v = "from data url";';
console.log(v);
const j = await import('data:application/json,{"a":1}', { with: { type: 'json' } });
console.log(j.default.a);
