export { commands, register, type CliIO, type Command, type CommandRun } from './registry.js';
export { VERSION } from './version.js';
