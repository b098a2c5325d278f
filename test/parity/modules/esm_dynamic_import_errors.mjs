// import() with non-string and invalid specifiers.
for (const spec of [42, null, {}, 'node:nope', '']) {
  try { await import(spec); console.log('loaded', String(spec)); } catch (e) { console.log(e.name, e.code, e.message.replace(import.meta.dirname, '<HERE>')); }
}
