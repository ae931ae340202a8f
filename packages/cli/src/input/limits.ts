/**
 * The largest input `reckon` reads: 64 MB. Dossiers and articles are kilobytes; a limit far
 * above them keeps a mistaken argument (a video, a disk image, `/dev/zero`) from filling
 * memory. Files are refused by their size before anything is read; standard input is counted
 * as it arrives and refused as soon as it passes the limit.
 */
export const MAX_INPUT_BYTES = 64_000_000;
