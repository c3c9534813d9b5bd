// After each test file: a file that leaves process.exitCode set fails. Code under test that
// sets it (kit's fail()) would make jest exit 1 after every test passed when it runs in band,
// as it does on CI's 2 cores.
import { afterAll } from '@jest/globals';

afterAll(() => {
  const code = process.exitCode;
  if (code !== undefined && code !== 0) {
    process.exitCode = undefined;
    throw new Error(
      `This test file left process.exitCode = ${code}: code it ran set the exit code of the test process. Return an exit code instead, or restore it in the test.`,
    );
  }
});
