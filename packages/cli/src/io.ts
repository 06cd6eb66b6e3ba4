/** Where a command writes: `out` for results a script may read, `err` for errors and hints. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** The terminal: stdout and stderr, one line per call. */
export const consoleIo: Io = {
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
};
