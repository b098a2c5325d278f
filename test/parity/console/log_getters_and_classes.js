// console.log of instances with getters, static members and accessors.
class Temperature {
  static unit = 'C';
  #c = 20;
  get celsius() { return this.#c; }
  set celsius(v) { this.#c = v; }
}
const t = new Temperature();
console.log(t, Temperature);
console.log(Object.getOwnPropertyDescriptor(Temperature.prototype, 'celsius'));
console.log({ get live() { return 'value'; } });
