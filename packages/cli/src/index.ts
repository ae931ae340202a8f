export { EXIT, type ExitCode } from './exit-codes';
export type { CliIo, InputStream, OutputStream } from './io';
export { run } from './run';
