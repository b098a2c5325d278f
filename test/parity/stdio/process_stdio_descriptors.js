// process.stdin/stdout/stderr are enumerable, configurable getters on process.
for (const k of ['stdin', 'stdout', 'stderr']) {
  const d = Object.getOwnPropertyDescriptor(process, k);
  console.log(k, typeof d.get, typeof d.set, d.enumerable, d.configurable);
}
console.log(Object.keys(process).filter((k) => /^std/.test(k)));
