// fetch refuses the fetch spec's blocked ports (undici's list) before connecting: TypeError
// 'fetch failed' with cause Error 'bad port', also when a redirect points at one; other schemes
// and default ports are not checked.
const http = require('http');
const util = require('util');
const blocked = ['1', '7', '9', '11', '13', '15', '17', '19', '20', '21', '22', '23', '25', '37', '42', '43', '53',
  '69', '77', '79', '87', '95', '101', '102', '103', '104', '109', '110', '111', '113', '115', '117', '119', '123',
  '135', '137', '139', '143', '161', '179', '389', '427', '465', '512', '513', '514', '515', '526', '530', '531',
  '532', '540', '548', '554', '556', '563', '587', '601', '636', '989', '990', '993', '995', '1719', '1720', '1723',
  '2049', '3659', '4045', '4190', '5060', '5061', '6000', '6566', '6665', '6666', '6667', '6668', '6669', '6679',
  '6697', '10080'];

(async () => {
  try {
    await fetch('http://127.0.0.1:1/');
  } catch (e) {
    console.log(util.inspect(e));
    console.log(e.cause.constructor.name, Object.getOwnPropertyNames(e.cause));
  }
  const seen = [];
  for (const port of blocked) {
    for (const scheme of ['http', 'https']) {
      try {
        await fetch(`${scheme}://127.0.0.1:${port}/x`);
        seen.push(`${scheme}:${port} fetched`);
      } catch (e) {
        if (e.cause?.message !== 'bad port') seen.push(`${scheme}:${port} ${e.cause?.message}`);
      }
    }
  }
  console.log('blocked ports checked:', blocked.length * 2, 'unexpected:', seen);
  for (const u of ['http://127.0.0.1:0001/', 'http://[::1]:6000/', 'http://localhost:10080/', 'ftp://127.0.0.1:21/']) {
    try { await fetch(u); } catch (e) { console.log(u, e.message, e.cause.message); }
  }
  console.log('data: url', await (await fetch('data:,ok')).text());

  const srv = http.createServer((req, res) => {
    res.writeHead(302, { location: 'http://127.0.0.1:6667/next' });
    res.end();
  });
  srv.listen(0, '127.0.0.1', async () => {
    try {
      await fetch(`http://127.0.0.1:${srv.address().port}/`);
    } catch (e) {
      console.log('redirect', e.message, e.cause.message);
    }
    srv.close();
  });
})();
