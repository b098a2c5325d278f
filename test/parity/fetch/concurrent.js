// several fetches in flight at once resolve independently
const { start } = require('./_server');
start((req, res) => setTimeout(() => res.send(200, {}, req.target), Number(req.target.slice(2)) * 5))
  .then(async (s) => {
    const results = await Promise.all([5, 1, 3, 2, 4].map((n) => fetch(s.url + '/d' + n).then((r) => r.text())));
    console.log(results);
    s.close();
  });
