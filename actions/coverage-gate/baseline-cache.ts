/** Shim until the gate wires it: the store of @quality/coverage on kit's cache backend. */
import { CacheBaselineStore as Store, type CacheBaselineLog } from '@quality/coverage';
import { createCacheBackend } from '@quality/kit/cache-backend';

export class CacheBaselineStore extends Store {
  constructor(o: { log: CacheBaselineLog; timeoutMs: number }) {
    super({ backend: createCacheBackend({ timeoutMs: o.timeoutMs, log: o.log, libraryWarnings: 'log' }), log: o.log });
  }
}
