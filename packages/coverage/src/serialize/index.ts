/** The writers of other formats, for an entry that loads them on demand (`@quality/coverage/serialize`). */
export { toCobertura } from './cobertura.js';
export { toLcov } from './lcov.js';
