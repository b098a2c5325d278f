// Raw request "header_ws_value" against http.createServer: the response bytes, the 'request' or
// 'clientError' events (strict parsing as llhttp in Node 24; see node/http/parser_test.go).
'use strict';
require('./_raw').run("GET / HTTP/1.1\r\nHost: h\r\nX:  a b  \r\n\r\n");
