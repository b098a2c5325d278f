module.exports = { Agent: function Agent() {}, globalAgent: null };
