export * from './types.js';
export * from './paths.js';
export * from './tools.js';
export * from './detect.js';
export * from './plan.js';
export * from './tsc-build.js';
export * from './cover.js';
export * from './run.js';
export * from './filter.js';
export * from './result.js';
export { ToolOutputError } from './parsers/common.js';
export { parseEslint, parseTsc, parseBiomeLint } from './parsers/node.js';
export { parseRuff, parseFlake8, parsePylint, parseMypy } from './parsers/python.js';
export { parseGoVet, parseGolangci, parseStaticcheck } from './parsers/go.js';
export { parseSarif } from './parsers/sarif.js';
export { parseCheckstyle } from './parsers/checkstyle.js';
export { JsonStream } from './parsers/json-stream.js';
export {
  splitDiffs,
  parsePrettierList,
  parseBlack,
  parseIsort,
  parseGofmt,
  parseRuffFormat,
  parseBiomeFormat,
  type FormatFile,
} from './parsers/format.js';
export { unifiedDiff } from './diff.js';
