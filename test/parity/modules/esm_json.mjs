// JSON modules with import attributes.

import data from './fixtures/data.json' with { type: 'json' };
console.log(data.list.join(','), data.nested.ok);
const again = await import('./fixtures/data.json', { with: { type: 'json' } });
console.log(again.default === data);
