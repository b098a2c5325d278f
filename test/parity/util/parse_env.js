// util.parseEnv: the dotenv format (comments, export, quotes, escapes, multi-line values).
const { parseEnv } = require('util');
const text = [
  '# a comment',
  'BASIC=basic',
  'SPACED = spaced value  ',
  'export EXPORTED=yes',
  'DOUBLE="double \\n newline"',
  "SINGLE='single \\n raw'",
  'BACKTICK=`back tick`',
  'INLINE=value # comment',
  'QUOTED_HASH="has # hash"',
  'EMPTY=',
  'NO_EQUALS',
  'MULTI="line one',
  'line two"',
  'EQUALS=a=b=c',
  '  INDENTED=x',
  'DUP=first',
  'DUP=second',
].join('\n');
console.log(parseEnv(text));
console.log(parseEnv(''), parseEnv('A=1\r\nB=2'));
try { parseEnv(5); } catch (e) { console.log(e.code, e.message); }
