/**
 * A spill file: where a parser over its memory budget keeps the tables of files it has
 * finished (FileCoverage.freeze), so a 1 GB tracefile of distinct data is read in bounded
 * memory. The file lives in a directory the caller names (the runner's temp folder, the
 * system's for the CLI); it is unlinked as soon as it is open where the OS allows it (Linux,
 * macOS: the data lives until the descriptor closes), else removed at exit.
 *
 * Blocks are written once and read back when a file is next read; a block rewritten with no
 * more bytes than it had reuses its place, so a file that appears in many sections (concatenated
 * shards) does not grow the spill file each time.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Where a block is: offset and length, and the room it has at that offset. */
export interface SpillRef {
  off: number;
  len: number;
  cap: number;
}

const closeLater = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

export class SpillFile {
  private fd: number;
  private end = 0;
  /** Bytes written in all (for tests and the bench). */
  written = 0;
  /** The file's folder, when the OS would not unlink the open file: removed at close or exit. */
  private home: string | undefined;
  private readonly onExit = (): void => this.close();

  constructor(dir: string) {
    const home = mkdtempSync(join(dir, 'quality-spill-'));
    const path = join(home, 'model.bin');
    this.fd = openSync(path, 'w+', 0o600);
    try {
      unlinkSync(path);
      rmSync(home, { recursive: true, force: true });
    } catch {
      // Windows may refuse to unlink an open file: remove it at close, or when the process ends.
      this.home = home;
      process.once('exit', this.onExit);
    }
    closeLater.register(this, this.fd, this);
  }

  /** Bytes the file spans (blocks that moved leave their old place unused). */
  get size(): number {
    return this.end;
  }

  /** Write `bytes[0..len)`, in place of `prev` when it fits there. */
  put(bytes: Uint8Array, len: number, prev?: SpillRef): SpillRef {
    let ref: SpillRef;
    if (prev && len <= prev.cap) ref = { off: prev.off, len, cap: prev.cap };
    else {
      ref = { off: this.end, len, cap: len };
      this.end += len;
    }
    let done = 0;
    while (done < len) done += writeSync(this.fd, bytes, done, len - done, ref.off + done);
    this.written += len;
    return ref;
  }

  /** Read a block back (a new buffer of exactly its length). */
  get(ref: SpillRef): Buffer {
    const out = Buffer.allocUnsafeSlow(ref.len);
    let done = 0;
    while (done < ref.len) {
      const n = readSync(this.fd, out, done, ref.len - done, ref.off + done);
      if (n === 0)
        throw new Error(
          `the coverage spill file ended at ${ref.off + done} while reading ${ref.len} bytes at ${ref.off}`,
        );
      done += n;
    }
    return out;
  }

  /** Close the file (frozen files of this spill can no longer be read). */
  close(): void {
    if (this.fd < 0) return;
    closeLater.unregister(this);
    const fd = this.fd;
    this.fd = -1;
    closeSync(fd);
    if (this.home) {
      process.removeListener('exit', this.onExit);
      rmSync(this.home, { recursive: true, force: true });
      this.home = undefined;
    }
  }
}
