// import() of JSON with its type attribute from a CommonJS file (esbuild's output drops the attribute; the loader keeps it).
import('./fixtures/data.json', { with: { type: 'json' } }).then((m) => console.log(m.default.list));
