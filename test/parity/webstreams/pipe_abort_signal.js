// An AbortSignal stops pipeTo: the destination is aborted and the source cancelled with the reason.
const log = [];
const ac = new AbortController();
let n = 0;
const rs = new ReadableStream({
  pull(c) { c.enqueue(n++); return new Promise((r) => setTimeout(r, 1)); },
  cancel(r) { log.push(`source cancel: ${r.name}`); },
});
const ws = new WritableStream({
  write(c) { if (c === 2) ac.abort(); },
  abort(r) { log.push(`sink abort: ${r.name}`); },
});
rs.pipeTo(ws, { signal: ac.signal }).catch((e) => {
  log.push(`rejected: ${e.name} ${e.message} code=${e.code}`);
  console.log(log.join('\n'));
});
