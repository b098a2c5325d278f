'use strict';module.exports = {};
