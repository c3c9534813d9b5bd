import type { CommandRun } from './registry.js';
export const coverageCommand: CommandRun = async (_argv, io) => {
  io.stderr('quality coverage: not built yet\n');
  return 2;
};
