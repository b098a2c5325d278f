// parity-stdin: _text.txt
// pause() stops 'data', resume() restarts it, 'pause'/'resume' events fire.
const s = process.stdin;
const ev = [];
s.on('pause', () => ev.push('pause'));
s.on('resume', () => ev.push('resume'));
let got = 0;
s.on('data', (d) => {
  got += d.length;
  s.pause();
  ev.push(`data paused=${s.isPaused()}`);
  setTimeout(() => s.resume(), 5);
});
s.on('end', () => {
  console.log(ev.join('\n'));
  console.log('bytes', got);
});
