// JSON modules: parsed values, cached object identity, and a parse error naming the file.

const d = require('./fixtures/data.json');
console.log(d.list.length, d.nested.ok, d === require('./fixtures/data'));
try {
  require('./fixtures/bad.json');
} catch (e) {
  console.log(e.name, e.message.replace(__dirname, '<HERE>'));
}
