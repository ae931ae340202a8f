/**
 * What `run` talks to instead of the process itself, so the whole CLI can be driven from a
 * test or another program: three streams, the environment and the working directory.
 */

/** Where text goes: `process.stdout`, `process.stderr`, or anything with `write`. */
export interface OutputStream {
  /** Writes text; the return value is ignored. */
  write(text: string): unknown;
  /** `true` when the stream is a terminal: colour is used only then. */
  readonly isTTY?: boolean;
}

/** Where `-` reads from: `process.stdin`, or any async iterable of bytes or text. */
export interface InputStream extends AsyncIterable<Uint8Array | string> {
  /**
   * The file descriptor behind the stream, when there is one. When it is a regular file
   * (`reckon validate - < big.json`), its size is checked before anything is read.
   */
  readonly fd?: number;
}

/** The streams, environment and working directory `run` uses. */
export interface CliIo {
  readonly stdin: InputStream;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Read for `NO_COLOR`, `FORCE_COLOR` and `TERM`. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Relative file names are resolved against this directory. */
  readonly cwd: string;
}
