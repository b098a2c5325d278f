// Raw request "method_PRI" against http.createServer: the response bytes, the 'request' or
// 'clientError' events (strict parsing as llhttp in Node 24; see node/http/parser_test.go).
'use strict';
require('./_raw').run("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
