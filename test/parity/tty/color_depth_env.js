// getColorDepth reads the environment as Node does: FORCE_COLOR, NO_COLOR, NODE_DISABLE_COLORS,
// TERM=dumb, TMUX, CI systems, TEAMCITY_VERSION, TERM_PROGRAM, COLORTERM and TERM patterns.
const tty = require('tty');
const g = (env) => tty.WriteStream.prototype.getColorDepth.call({}, env);
const envs = [{}, { TERM: 'dumb' }, { TERM: 'xterm' }, { TERM: 'xterm-256color' }, { TERM: 'screen-256color' },
  { TERM: 'linux' }, { TERM: 'vt100' }, { TERM: 'vt220' }, { TERM: 'rxvt-unicode-24bit' }, { TERM: 'xterm-kitty' },
  { TERM: 'mosh' }, { TERM: 'truecolor' }, { TERM: 'xterm-truecolor' }, { TERM: 'foo' }, { TERM: 'ansi' },
  { TERM: 'cons25' }, { TERM: 'XTERM-256COLOR' }, { TERM: 'con80x25' }, { TERM: 'xterm-direct' }, { TERM: 'Eterm' },
  { TERM: 'screen' }, { TERM: 'putty' }, { TERM: 'terminator' }, { TERM: 'xterm-256' },
  { COLORTERM: 'truecolor' }, { COLORTERM: '24bit' }, { COLORTERM: 'yes' }, { TMUX: '1' }, { CI: '1' },
  { CI: '1', GITHUB_ACTIONS: '1' }, { CI: '1', GITEA_ACTIONS: '1' }, { CI: '1', CIRCLECI: '1' },
  { CI: '1', TRAVIS: '1' }, { CI: '1', APPVEYOR: '1' }, { CI: '1', GITLAB_CI: '1' }, { CI: '1', BUILDKITE: '1' },
  { CI: '1', DRONE: '1' }, { CI: '1', CI_NAME: 'codeship' }, { TEAMCITY_VERSION: '9.1.0' }, { TEAMCITY_VERSION: '8.0' },
  { TEAMCITY_VERSION: '10.0' }, { TERM_PROGRAM: 'iTerm.app' }, { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '2.9' }, { TERM_PROGRAM: 'Apple_Terminal' },
  { TERM_PROGRAM: 'HyperTerm' }, { TERM_PROGRAM: 'MacTerm' }, { FORCE_COLOR: '' }, { FORCE_COLOR: '0' },
  { FORCE_COLOR: '1' }, { FORCE_COLOR: '2' }, { FORCE_COLOR: '3' }, { FORCE_COLOR: 'true' }, { FORCE_COLOR: 'false' },
  { FORCE_COLOR: '4' }, { NO_COLOR: '' }, { NODE_DISABLE_COLORS: '1' }, { TERM: 'xterm', NO_COLOR: '1' },
  { TERM: 'xterm', NODE_DISABLE_COLORS: '' }, { TMUX: '1', NO_COLOR: '1' }, { CI: '1', TERM: 'xterm' }];
for (const e of envs) console.log(JSON.stringify(e), g(e));
console.log('default env', g());
