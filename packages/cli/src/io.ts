/** Where a command writes: `out` for results a script may read, `err` for errors and hints. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** The terminal: stdout and stderr, one line per call; a closed pipe drops the lines instead of crashing. */
export const consoleIo: Io = {
  out: (line) => writeLine(process.stdout, line),
  err: (line) => writeLine(process.stderr, line),
};

const closed = new WeakSet<NodeJS.WriteStream>();

// `navimpact status | head -1`: once the reader is gone, a write fails with EPIPE, emitted as an
// 'error' event that would crash the process mid-command. What the reader no longer wants is dropped;
// the command finishes its work and keeps its own exit code.
function writeLine(stream: NodeJS.WriteStream, line: string): void {
  if (closed.has(stream) || stream.destroyed) return;
  if (stream.listenerCount('error') === 0) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      closed.add(stream);
      if (error.code !== 'EPIPE') throw error;
    });
  }
  stream.write(`${line}\n`);
}
