// Top-level await in an ES module: the loop keeps running while the module waits.
import { setTimeout as sleep } from 'node:timers/promises';
console.log('before await');
process.nextTick(() => console.log('nextTick during await'));
const v = await sleep(5, 'slept');
console.log('after await', v);
await null;
console.log('after await null', typeof import.meta.url, import.meta.url.startsWith('file://'));
