/**
 * A byte count for a message: `512 bytes`, `3.1 kB`, `200.0 MB` (decimal units, as file
 * managers show them).
 *
 * @param bytes - a count of bytes, 0 or more
 * @returns the count in words
 * @throws never
 * @example
 * ```ts
 * formatBytes(200 * 1024 * 1024); // => '209.7 MB'
 * formatBytes(512); // => '512 bytes'
 * ```
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e9).toFixed(1)} GB`;
}
