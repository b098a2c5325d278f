// A CommonJS file with syntax the engine lacks (for await) and an unindented `await` line inside
// a function stays CommonJS: only a top-level await makes Node's syntax detection choose ESM.
(async () => {
const value = await Promise.resolve(1);
await null;
for await (const line of [value, 2]) console.log('line', line);
})();
console.log(typeof require, typeof module, typeof exports);
