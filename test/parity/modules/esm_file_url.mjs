// Importing by file: URL.

const url = new URL('./fixtures/esm_named.mjs', import.meta.url);
const ns = await import(url.href);
console.log(ns.x);
