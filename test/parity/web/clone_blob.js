// structuredClone of Blob and File (a new immutable copy), and the Blob/File globals.
(async () => {
  const b = new Blob(['ab', 'cd'], { type: 'text/plain' });
  const c = structuredClone(b);
  console.log(c, c !== b, await c.text(), c instanceof Blob);
  const f = new File(['x'], 'name.txt', { type: 'a/b', lastModified: 5 });
  const fc = structuredClone({ f, again: f });
  console.log(fc.f.name, fc.f.lastModified, fc.f.type, fc.f instanceof File, fc.again === fc.f, await fc.f.text());
  const d = Object.getOwnPropertyDescriptor(globalThis, 'Blob');
  console.log(typeof Blob, typeof File, d.enumerable, d.writable);
})();
