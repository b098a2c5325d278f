// Several AsyncLocalStorage instances are independent: each run changes only its own store.
const { AsyncLocalStorage } = require('async_hooks');
const user = new AsyncLocalStorage();
const req = new AsyncLocalStorage();
user.run('alice', () => {
  req.run(1, () => {
    setTimeout(() => console.log('timer:', user.getStore(), req.getStore()), 1);
    user.run('bob', () => console.log('inner user run:', user.getStore(), req.getStore()));
    Promise.resolve().then(() => console.log('then:', user.getStore(), req.getStore()));
  });
  console.log('req run ended:', user.getStore(), req.getStore());
});
const many = Array.from({ length: 20 }, () => new AsyncLocalStorage());
let nest = () => console.log('20 stores:', many.map((s) => s.getStore()).join(','));
for (let i = many.length - 1; i >= 0; i--) {
  const next = nest;
  nest = () => many[i].run(i, next);
}
nest();
