// styleText: escape codes of one or several formats, 'none', nesting (an inner reset restarts
// the outer style; bold and dim keep their shared reset).
const { styleText, inspect } = require('util');
const o = { validateStream: false };
const show = (...args) => console.log(JSON.stringify(styleText(...args)));
show('red', 'text', o);
show(['bold', 'underline', 'bgBlue'], 'text', o);
show(['none'], 'plain', o);
show([], 'plain', o);
show('red', `a${styleText('blue', 'b', o)}c`, o);
show(['bold', 'red'], `x${styleText('dim', 'y', o)}z`, o);
show('italic', `1${styleText('italic', '2', o)}3`, o);
show('grey', 'alias', o);
show('strikeThrough', 'alias', o);
console.log('every color name works:', Object.getOwnPropertyNames(inspect.colors).every((k) => typeof styleText(k, 'x', o) === 'string'));
show('red', `red${styleText('blue', 'blue', o)}red${styleText('red', 'red', o)}red${styleText('blue', 'blue', o)}`, o);
show('red', `A${styleText(['bgRed', 'blue'], 'B', o)}C`, o);
show('bold', `x${styleText('bold', 'y', o)}`, o);
