// JSON modules have only a default export.
import { list } from './fixtures/data.json' with { type: 'json' };
console.log(list);
