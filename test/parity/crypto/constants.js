// crypto.constants: a null-prototype object with Node's values (RSA paddings, TLS versions…).
'use strict';
const { constants } = require('crypto');
console.log(Object.getPrototypeOf(constants), Object.keys(constants).length);
console.log(constants.RSA_PKCS1_PADDING, constants.RSA_PKCS1_OAEP_PADDING, constants.RSA_PKCS1_PSS_PADDING,
  constants.TLS1_2_VERSION, constants.TLS1_3_VERSION, constants.POINT_CONVERSION_UNCOMPRESSED,
  constants.RSA_PSS_SALTLEN_DIGEST, constants.SSL_OP_NO_TLSv1, constants.ENGINE_METHOD_ALL);
console.log(Object.keys(constants).join(','));
const d = Object.getOwnPropertyDescriptor(constants, 'TLS1_VERSION');
console.log(d.writable, d.enumerable, d.configurable);
console.log(typeof constants.defaultCipherList, constants.defaultCipherList === constants.defaultCoreCipherList);
