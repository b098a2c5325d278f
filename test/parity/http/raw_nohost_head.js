// Raw request "nohost_head" against http.createServer: the response bytes, the 'request' or
// 'clientError' events (strict parsing as llhttp in Node 24; see node/http/parser_test.go).
'use strict';
require('./_raw').run("HEAD / HTTP/1.1\r\n\r\n");
