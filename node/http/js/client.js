module.exports = { ClientRequest: function ClientRequest() {} };
