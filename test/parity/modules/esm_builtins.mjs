// Importing builtins: default and named exports, node: scheme.

import fs, { readFileSync } from 'fs';
import * as pathNs from 'node:path';
import { EventEmitter } from 'events';
import events from 'node:events';
console.log(typeof readFileSync, fs.readFileSync === readFileSync);
console.log(pathNs.default.join('a', 'b'), pathNs.join('c', 'd'));
console.log(EventEmitter === events, events.EventEmitter === EventEmitter);
