// parity-env: TZ=Europe/Berlin
// Checks Date toString zone names outside UTC.
for (const ms of [0, 1.5e12]) {
  const d = new Date(ms);
  console.log(d.toString());
  console.log(d.toTimeString());
}
