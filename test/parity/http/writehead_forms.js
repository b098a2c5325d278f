// ServerResponse.writeHead's forms without a socket: the stored head (Date masked), the status
// fields and the message state writeHead and the head it derives leave (keep-alive or close,
// Content-Length or chunked, no body for 204/304/1xx), including STATUS_CODES changed by the
// program, a statusMessage set before, an Expect: 100-continue not answered, a request limit,
// and the errors of a bad status code, status message and header.
'use strict';
const http = require('http');
const { IncomingMessage, ServerResponse, STATUS_CODES } = http;

function req(method = 'GET', minor = 1) {
  const r = new IncomingMessage(null);
  r.method = method;
  r.httpVersionMajor = 1;
  r.httpVersionMinor = minor;
  return r;
}

function show(label, setup, ...args) {
  const res = new ServerResponse(req(setup?.method, setup?.minor));
  res._keepAliveTimeout = 5000;
  if (setup?.before) setup.before(res);
  try {
    const ret = res.writeHead(...args);
    console.log(label, ret === res, res.statusCode, JSON.stringify(res.statusMessage));
    console.log('  ', JSON.stringify(res._header.replace(/Date: [^\r]*\r\n/, 'Date: <date>\r\n')));
    console.log('  ', res._last, res.chunkedEncoding, res._contentLength, res._hasBody,
                res.shouldKeepAlive, res.headersSent);
    console.log('  ', Object.keys(res).slice(-4).join());
  } catch (e) {
    console.log(label, 'throws', e.code, e.message);
  }
}

show('plain', null, 200, { 'Content-Type': 'text/plain', 'Content-Length': 12 });
show('reason', null, 201, 'Made', { 'X-A': 'b' });
show('no headers', null, 404);
show('204', null, 204, {});
show('304 message set', { before: (r) => { r.statusMessage = 'Same'; } }, 304);
show('103', null, 103, {});
show('number header', null, 200, { 'x-n': 5, 'Content-Length': '3' });
show('array headers', null, 200, ['X-Arr', '1', 'Content-Length', '2']);
show('cookie list', null, 200, { 'Set-Cookie': ['a=1', 'b=2'] });
show('connection close', null, 200, { Connection: 'close' });
show('unknown code', null, 599);
show('http/1.0', { minor: 0 }, 200, { 'Content-Length': 1 });
show('HEAD', { method: 'HEAD' }, 200, { 'Content-Length': 10 });
show('expect unanswered', { before: (r) => { r._expect_continue = true; } }, 200, { 'Content-Length': 1 });
show('request limit', { before: (r) => { r._maxRequestsPerSocket = 3; } }, 200, { 'Content-Length': 1 });
show('limit reached', { before: (r) => { r.maxRequestsOnConnectionReached = true; } }, 200, {});
show('no date', { before: (r) => { r.sendDate = false; } }, 200, { 'Content-Length': 0 });
show('header set before', { before: (r) => r.setHeader('X-Set', 'yes') }, 200, { 'X-More': '1' });
show('set before, none given', { before: (r) => { r.setHeader('Content-Type', 'a/b'); r.setHeader('content-length', 4); } }, 200);
show('set before, reason', { before: (r) => r.setHeader('X-Set', 'yes') }, 202, 'Took');
show('set before, list', { before: (r) => r.setHeader('X-L', ['1', '2']) }, 200);
show('set before, appended', { before: (r) => { r.setHeader('X-L', '1'); r.appendHeader('x-l', '2'); } }, 200);
show('set before, connection', { before: (r) => r.setHeader('Connection', 'close') }, 200);
show('removed content-length', { before: (r) => r.removeHeader('content-length') }, 200);
show('after head', { before: (r) => r.writeHead(200) }, 200);
STATUS_CODES[299] = 'Changed By Program';
show('changed STATUS_CODES', null, 299, {});
delete STATUS_CODES[299];
show('float code', null, 200.7, {});
show('string code', null, '202', {});
show('bad code', null, 1000);
show('bad reason', null, 200, 'bad\nreason');
show('bad header name', null, 200, { 'bad name': 'x' });
show('bad header value', null, 200, { 'X-V': 'a\nb' });
show('undefined header value', null, 200, { 'X-U': undefined });
