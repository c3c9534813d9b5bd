/** Run the `quality` program in-process (as the bundle would) and capture what it prints. */
import { main } from '../../../packages/cli/src/program.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function quality(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    cwd,
    env,
  });
  return { code, stdout, stderr };
}
