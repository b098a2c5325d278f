// Patterns the u flag makes invalid, with V8's SyntaxError texts; the same patterns without u
// are accepted (Annex B), and valid u patterns still match.
'use strict';
const patterns = ['\\q', '{', '}', ']', 'a{', 'a{1,', 'a{2,1}', '\\-', '[\\-]', '[\\b]', '[\\d-a]', '[a-\\d]', '[z-a]',
  '[\\&]', '[\\1]', '\\1', '(a)\\1', '(?<a>x)\\k<b>', '\\k<a>', '\\c1', '[\\c1]', '\\x4', '\\u12', '\\u{110000}',
  '\\00', '\\0', '\\p{Foo}', '[\\p{Foo}]', '[\\P{L}-a]', '(?=a)*', '(?=a){', 'a**', '\\_', '[\\_]', '[--a]', '[a--]',
  '(?<a>x)|(?<a>y)', '(?<a>x)(?<a>y)', '(?:(?<a>x)|(?<a>y))(?<a>z)', '(?ii:a)', '(?-:a)', '\\u{1F600}+', '[😀-😎]'];
for (const p of patterns) {
  let u, plain;
  try { new RegExp(p, 'u'); u = 'ok'; } catch (e) { u = `${e.name}: ${e.message}`; }
  try { new RegExp(p); plain = 'ok'; } catch (e) { plain = `${e.name}: ${e.message}`; }
  console.log(JSON.stringify(p), '| u:', u, '| no flag:', plain);
}
console.log(new RegExp('[\\-a]', 'u').test('-'), new RegExp('\\u{1F600}', 'u').test('\u{1F600}'));
try { new RegExp('\\q', 'uu'); } catch (e) { console.log(e.message); }
