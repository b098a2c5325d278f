// pipeTo moves every chunk in order and closes the destination.
const log = [];
const rs = ReadableStream.from(['a', 'b', 'c']);
const ws = new WritableStream({
  write(chunk) { log.push(`write ${chunk}`); },
  close() { log.push('close'); },
});
rs.pipeTo(ws).then(() => {
  log.push(`done locked=${rs.locked},${ws.locked}`);
  console.log(log.join('\n'));
});
