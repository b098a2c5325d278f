// JSON.parse errors in V8's words, and the same words for JSON modules (require and import).
for (const s of ['', '{', '{"a":1,}', '[1 2]', '"abc', '01', 'tru', '1 2', 'undefined', '{"key": "value", "other": }', '\n{\n  "a": 1,\n}']) {
  try { JSON.parse(s); } catch (e) { console.log(e.name, JSON.stringify(s), e.message); }
}
try { JSON.parse(undefined); } catch (e) { console.log(e.message); }
console.log(JSON.parse('{"a":[1,{"b":null}]}', (k, v) => (k === 'b' ? 'revived' : v)).a[1].b);
console.log(JSON.parse.name, JSON.parse.length);
for (const f of ['bad_array', 'bad_number']) {
  try { require(`./fixtures/${f}.json`); } catch (e) { console.log(e.name, e.message.replace(__dirname, '<HERE>')); }
}
import('./fixtures/bad_number.json', { with: { type: 'json' } }).catch((e) => console.log('import', e.name, e.message.replace(__dirname, '<HERE>')));
