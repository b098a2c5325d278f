// Raw request "http10_keepalive" against http.createServer: the response bytes, the 'request' or
// 'clientError' events (strict parsing as llhttp in Node 24; see node/http/parser_test.go).
'use strict';
require('./_raw').run("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
