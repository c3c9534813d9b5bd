export { schema, SCHEMA_ID, SECTIONS, type JsonSchema, type Section } from './schema.js';
export { distance, didYouMean, expected, type Problem } from './validate.js';
export {
  UNTRUSTED_EVENTS,
  ConfigFileError,
  loadConfig,
  loadConfigFile,
  parseConfig,
  sectionKeys,
  sectionValues,
  type ParseOptions,
  type QualityConfig,
} from './load.js';
export { CONFIG_FILES, withConfig, type ConfigPlace } from './entry.js';
export { configTable } from './docs.js';
