// An unterminated string.
const s = 'abc;
