// Raw request "header_dups" against http.createServer: the response bytes, the 'request' or
// 'clientError' events (strict parsing as llhttp in Node 24; see node/http/parser_test.go).
'use strict';
require('./_raw').run("GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\nx-a: 2\r\nCookie: a\r\nCookie: b\r\nSet-Cookie: c\r\nSet-Cookie: d\r\nHost: h1\r\nHost: h2\r\nAccept: x\r\nAccept: y\r\n\r\n");
