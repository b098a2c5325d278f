'use strict';module.exports = {MockTracker: class {reset(){}}};
