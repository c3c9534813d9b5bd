/** The toolkit's version: the CLI's --version, the gate's baseline writer. `npm run release` sets it. */
export const VERSION = '1.0.0';
