// Raw request "pipeline" against http.createServer: the response bytes, the 'request' or
// 'clientError' events (strict parsing as llhttp in Node 24; see node/http/parser_test.go).
'use strict';
require('./_raw').run("GET /1 HTTP/1.1\r\nHost: h\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\n\r\nPOST /3 HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nhiGET /4 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
