// The CLI's output, written to the file descriptor itself: process.stdout on a pipe is a net.Socket, whose stream stack
// is a few ms of every start-up (a shell loop of `go-xenv rego eval` pays it per call) for one write at the end.
import { writeSync } from 'node:fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `text` to `fd` before returning. A descriptor another process left non-blocking answers EAGAIN when
 * the reader lags: wait a millisecond and go on. A reader that went away (`| head`) ends the writing, as for any CLI.
 */
export function writeAllSync(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let off = 0; off < bytes.length; ) {
    try {
      off += writeSync(fd, bytes, off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return;
      if (code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}
