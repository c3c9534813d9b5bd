/**
 * A composite action's step (`--github`) that stops on an error: its error annotation and the
 * job summary say why before the command exits (2 for the user's mistakes, 1 for a bug); on
 * stderr alone the message is only in the log. The runner is passed in: lint and format load it
 * only in this mode.
 */
import { errorMessage } from '@quality/kit/errors';
import { text } from '@quality/kit/markdown';

export interface StepRunner {
  log: { error(message: string): void };
  writeSummary(markdown: string): Promise<unknown>;
}

/** Annotate and summarise `e` under the heading `title`, then throw it again. */
export async function failStep(title: string, e: unknown, runner: StepRunner): Promise<never> {
  const msg = errorMessage(e);
  runner.log.error(msg);
  await runner.writeSummary(`### ${title}\n\n> [!CAUTION]\n> ${text(msg)}\n`);
  throw e;
}
