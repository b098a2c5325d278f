// Constructor argument validation of the three stream classes: null, non-function members, bad strategy.
for (const f of [() => new ReadableStream(null), () => new WritableStream(null), () => new TransformStream(null), () => new ReadableStream({ pull: 1 }), () => new WritableStream({ write: 'x' }), () => new TransformStream({ transform: 2 }), () => new ReadableStream(undefined, null), () => new ReadableStream({}, 5)]) {
  try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
