// allowNegative: --no-flag sets a boolean false; strict errors for negating strings or unknowns.
const { parseArgs } = require('util');
const options = { color: { type: 'boolean', default: true }, name: { type: 'string' } };
const show = (cfg) => {
  try {
    const r = parseArgs({ options, ...cfg, tokens: true });
    console.log(JSON.stringify(cfg.args), JSON.stringify({ ...r.values }), JSON.stringify(r.tokens.map((t) => t.name)));
  } catch (e) { console.log(JSON.stringify(cfg.args), e.code, e.message); }
};
show({ args: ['--no-color'], allowNegative: true });
show({ args: ['--color', '--no-color', '--color'], allowNegative: true });
show({ args: ['--no-color'] });
show({ args: ['--no-name'], allowNegative: true });
show({ args: ['--no-other'], allowNegative: true });
show({ args: ['--no-color=1'], allowNegative: true });
show({ args: ['--no-other'], allowNegative: true, strict: false });
