// pathToFileURL with windows: true: drives, UNC paths and errors
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const { pathToFileURL } = require('url');
for (const p of ['C:\\a\\b', 'C:\\a b\\%', 'c:/x/y/', '\\\\server\\share\\f', '\\\\?\\UNC\\srv\\s\\f', '\\\\srv', '\\\\\\x'])
  show(() => pathToFileURL(p, { windows: true }).href);
