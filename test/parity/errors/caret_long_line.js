// The caret points at the throw inside a long, indented line.
const values = [1, 2, 3]; function check(v) { if (v > 2) { throw new Error('value too big: ' + v); } return v; } values.map(check);
