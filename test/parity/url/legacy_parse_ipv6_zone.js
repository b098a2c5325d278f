// url.parse of an IPv6 host with a zone id: Node warns (DEP0170) and throws ERR_INVALID_URL
'use strict';
const url = require('url');
try { console.log(url.parse('http://[fe80::1%25eth0]/').href); } catch (e) { console.log(e.code, e.message, e.input); }
