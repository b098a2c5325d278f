// Raw request "url_highbit" against http.createServer: the response bytes, the 'request' or
// 'clientError' events (strict parsing as llhttp in Node 24; see node/http/parser_test.go).
'use strict';
require('./_raw').run("GET /\u00ff HTTP/1.1\r\nHost: h\r\n\r\n");
