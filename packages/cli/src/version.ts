/** The toolkit's version; a unit test keeps it equal to the root package.json's. */
export const VERSION = '0.1.0';
